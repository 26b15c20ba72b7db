"""Siaran Pers: a draft press release composed from the plan's facts.

The headline is the event's title in title case; the lead paragraph opens with the
dateline ("Semarang, 26 Mei 2023 –") and says who (the host and the guest delegations),
what (the event's kind and title), when, where (the venues) and how many (the people
named, the media among them). Each speech of the rundown gets a paragraph with a quote
placeholder for its speaker, named by office; the office's contacts close it. The
writer fills in the quotes and the story before it goes out.
"""

from __future__ import annotations

from collections.abc import Iterator

from gathertui.exports.document import Document, Section
from gathertui.exports.names import called
from gathertui.exports.printouts import document_fields, venue_text
from gathertui.exports.salutation import MEDIA, _listed, office_of
from gathertui.exports.signing import signing_place
from gathertui.i18n import tr
from gathertui.i18n.dates import letter_date
from gathertui.i18n.labels import label
from gathertui.model.defaults import effective_zone
from gathertui.model.enums import Side
from gathertui.model.plan import AgendaItem, Person, Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.agenda import event_period
from gathertui.planning.headcount import by_group
from gathertui.text import as_sentence, folded, one_line

# Words of an agenda item's title that make it a speech with a speaker to quote.
SPEECH_WORDS = ("sambutan", "speech", "paparan", "remarks", "keynote")
# Words a headline leaves in lower case unless they begin it.
SMALL_WORDS = frozenset(
    {
        *("di", "ke", "dari", "dan", "yang", "untuk", "dengan", "pada", "dalam", "atau"),
        *("serta", "oleh", "bagi", "tentang", "sebagai"),
        *("a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "and", "or", "with"),
    }
)


def headline(title: str) -> str:
    """The title in title case: each word's first letter capitalised, the rest kept
    (so "DPRD" and "iPhone" stay as written), small words in lower case after the first."""
    words = one_line(title).split()
    return " ".join(
        word if n and word.casefold() in SMALL_WORDS else word[:1].upper() + word[1:]
        for n, word in enumerate(words)
    )


def _host(plan: Plan, settings: WorkspaceSettings | None, lang: str) -> str:
    hosts = [one_line(d.name) for d in plan.delegations if d.side is Side.HOST]
    organization = settings.organization if settings else None
    if plan.event.host:
        return one_line(plan.event.host)
    if hosts:
        return _listed(hosts, "print.salute.and", lang)
    return one_line(organization.name) if organization else ""


def _venues(plan: Plan) -> str:
    used = {item.venue for item in plan.agenda}
    venues = [venue for venue in plan.venues if venue.id in used] or plan.venues[:1]
    return "; ".join(venue_text(venue) for venue in venues)


def _media_places(plan: Plan) -> int:
    """The media at the event: per delegation and medium, the people named or the
    places planned, whichever is more."""
    named = by_group(plan)
    total = 0
    for entry in plan.delegations:
        total += sum(max(entry.quotas.get(c), named[(entry.id, c)]) for c in MEDIA)
    known = {entry.id for entry in plan.delegations}
    total += sum(n for (of, c), n in named.items() if c in MEDIA and of not in known)
    return total


def lead(plan: Plan, settings: WorkspaceSettings | None, lang: str) -> str:
    """The lead paragraph: the dateline and the 5W1H sentence, then the guests and the
    numbers."""
    event = plan.event
    day = letter_date(event.first_day, lang)
    place = signing_place(plan, settings)
    dateline = tr("release.dateline", lang, place=place, date=day) if place else f"{day} –"
    where = _venues(plan)
    title, kind = one_line(event.title), label(event.kind, lang)
    # "kunjungan kerja \"Kunjungan Kerja ...\"" would say the kind twice.
    what = "release.what_titled" if folded(kind) in folded(title) else "release.what"
    facts = {
        "dateline": dateline,
        "what": tr(what, lang, kind=kind, title=title),
        "when": event_period(plan, effective_zone(plan, settings), lang),
        "where": tr("release.at", lang, where=where) if where else "",
    }
    host = _host(plan, settings, lang)
    if host:
        lines = [tr("release.lead", lang, host=host, **facts)]
    else:
        # The event's kind begins the sentence then.
        facts["what"] = as_sentence(facts["what"])
        lines = [tr("release.lead_no_host", lang, **facts)]
    guests = [one_line(d.name) for d in plan.delegations if d.side is Side.GUEST]
    if guests:
        lines.append(tr("release.guests", lang, guests=_listed(guests, "print.salute.and", lang)))
    count, media = len(plan.people), _media_places(plan)
    if count:
        key = "release.count_media" if media else "release.count"
        lines.append(tr(key, lang, count=count, media=media))
    return " ".join(lines)


def _speeches(plan: Plan) -> Iterator[tuple[AgendaItem, Person]]:
    """Each speech of the rundown with its speaker (the item's speakers, else the person
    in charge), in running order; a person who speaks twice is quoted once."""
    people = {person.id: person for person in plan.people}
    quoted: set[str] = set()
    for item in plan.rundown():
        title = folded(item.title)
        if not any(word in title for word in SPEECH_WORDS):
            continue
        for ident in item.speakers or ([item.pic] if item.pic else []):
            if ident in people and ident not in quoted:
                quoted.add(ident)
                yield item, people[ident]


def speech_lines(plan: Plan, lang: str) -> list[str]:
    lines = []
    for item, person in _speeches(plan):
        office = office_of(person)
        speaker = f"{office}, {called(person)}" if office else called(person)
        lines.append(
            tr(
                "release.quote",
                lang,
                item=one_line(item.title),
                speaker=speaker,
                office=office or called(person),
            )
        )
    return lines


def contact_lines(settings: WorkspaceSettings | None, lang: str) -> list[str]:
    """The office's contacts from the workspace's letterhead, one a line."""
    organization = settings.organization if settings else None
    if organization is None:
        return []
    street = " ".join(one_line(p) for p in (organization.address, organization.postcode) if p)
    labelled = (
        ("print.letterhead.phone", organization.phone),
        ("print.letterhead.email", organization.email),
        ("print.letterhead.website", organization.website),
    )
    lines = [one_line(organization.unit or ""), one_line(organization.name), street]
    lines += [tr(key, lang, value=one_line(value)) for key, value in labelled if value]
    return [line for line in lines if line]


def press_release_document(plan: Plan, settings: WorkspaceSettings | None, lang: str) -> Document:
    fields = document_fields(plan, settings, "press-release", "release.heading", lang)
    # The release is not signed, and its dateline says the day and the place.
    fields |= {"title": headline(plan.event.title), "lines": [], "signature": None}
    # A paragraph a section: the formats set sections apart, and lines close together.
    sections = [Section("", [lead(plan, settings, lang)], prose=True)]
    sections += [Section("", [line], prose=True) for line in speech_lines(plan, lang)]
    contacts = contact_lines(settings, lang)
    if contacts:
        sections.append(Section(tr("release.contact", lang), contacts))
    return Document(sections=sections, **fields)

"""The MC's opening salutation (sapaan pembawa acara, "Yth. ..."): those present named in
order of precedence (UU 9/2010) across every delegation, a guest before a host of equal
rank; then the media and community groups by category; then everyone.

An official who comes is named on their own line with their office; one who sent a
representative (attendance "represented") or declined is not, and their representative
is named under their own office, with whom they represent. Staff are not named.
"""

from __future__ import annotations

from collections.abc import Sequence

from gathertui.exports.document import Document, Section
from gathertui.exports.printouts import document_fields
from gathertui.i18n import tr
from gathertui.model.enums import Attendance, Category
from gathertui.model.plan import Person, Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.precedence import Precedence, words_of
from gathertui.text import one_line

# The words before a region's name in an organisation: "Pemerintah Kota Semarang",
# "Pemkab Sleman", "Provinsi Jawa Tengah".
REGION_WORDS = frozenset(
    {"kota", "kabupaten", "kab", "provinsi", "prov", "pemkot", "pemkab", "pemprov", "pemda"}
)
# A position ending so is a region's head (or deputy), named with the region's place.
HEADS = frozenset({"kota", "walikota", "bupati", "gubernur"})
MEDIA = (Category.ONLINE, Category.PRINT, Category.TV, Category.RADIO)
# The groups greeted together after the officials, in the order they are named.
GROUPS = (*MEDIA, Category.INFLUENCER, Category.KIM)
NOT_COMING = frozenset({Attendance.DECLINED, Attendance.REPRESENTED})


def place_of(organization: str) -> tuple[str, ...]:
    """The place an organisation is of: the words after its last region word ("Dinas
    Pariwisata Kota Semarang" → ("semarang",)), else its last word."""
    words = words_of(organization)
    marks = [n for n, word in enumerate(words[:-1]) if word in REGION_WORDS]
    return words[marks[-1] + 1 :] if marks else words[-1:]


def _contains(words: Sequence[str], part: Sequence[str]) -> bool:
    size = len(part)
    return any(tuple(words[n : n + size]) == tuple(part) for n in range(len(words) - size + 1))


def office_of(person: Person) -> str:
    """The office as the MC says it: the position, with the organisation after it unless
    the position already names its place ("Wali Kota Semarang" needs nothing; "Asisten III
    Administrasi" becomes "Asisten III Administrasi Pemerintah Kota Mojokerto")."""
    position = one_line(person.position or "")
    organization = one_line(person.organization or "")
    if not position or not organization:
        return position
    place = place_of(organization)
    if not place or _contains(words_of(position), place):
        return position
    if HEADS.intersection(words_of(position)[-1:]):
        # The head of "Pemerintah Kota Semarang" is the "Wali Kota Semarang".
        return f"{position} {' '.join(organization.split()[-len(place) :])}"
    return f"{position} {organization}"


def _listed(items: list[str], word: str, lang: str) -> str:
    """ "a, b dan c": the last two joined by the catalog's `word` ("dan", "serta")."""
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {tr(word, lang)} {items[-1]}"


def _honoured(person: Person, represented: list[Person], lang: str) -> str:
    parts = [office_of(person), one_line(person.name)]
    if represented:
        offices = [office_of(p) or one_line(p.name) for p in represented]
        parts.append(
            tr("print.salute.representing", lang, office=_listed(offices, "print.salute.and", lang))
        )
    return tr("print.salute.honoured", lang, who=", ".join(part for part in parts if part))


def _groups_line(plan: Plan, lang: str) -> str | None:
    """The media and community present, by category: those with someone coming or a
    quota place; None when there are none."""
    present = {p.category for p in plan.people if p.attendance not in NOT_COMING}
    present |= {c for d in plan.delegations for c in GROUPS if d.quotas.get(c) > 0}
    kinds = [tr(f"print.salute.kind.{c.value}", lang) for c in MEDIA if c in present]
    media = tr("print.salute.media", lang, kinds=_listed(kinds, "print.salute.and", lang))
    groups = [media] if kinds else []
    groups += [tr(f"print.salute.{c.value}", lang) for c in GROUPS[len(MEDIA) :] if c in present]
    if not groups:
        return None
    return tr("print.salute.groups", lang, groups=_listed(groups, "print.salute.as_well_as", lang))


def salutation_lines(plan: Plan, settings: WorkspaceSettings | None, lang: str) -> list[str]:
    """The salutation, a line for each official present, the groups, then everyone."""
    representing: dict[str, list[Person]] = {}
    order = Precedence(settings).order(plan)
    for index in order:
        person = plan.people[index]
        if person.attendance is Attendance.REPRESENTED and person.represented_by:
            representing.setdefault(person.represented_by, []).append(person)
    lines = []
    for index in order:
        person = plan.people[index]
        if person.attendance in NOT_COMING:
            continue
        represented = [
            p for p in representing.get(person.id, []) if p.category is Category.OFFICIAL
        ]
        if person.category is Category.OFFICIAL or represented:
            lines.append(_honoured(person, represented, lang))
    groups = _groups_line(plan, lang)
    if groups:
        lines.append(groups)
    lines.append(tr("print.salute.everyone", lang))
    return lines


def salutation_document(plan: Plan, settings: WorkspaceSettings | None, lang: str) -> Document:
    """Sapaan Pembawa Acara: the salutation under the event's title, dates and venue."""
    section = Section("", salutation_lines(plan, settings, lang))
    fields = document_fields(plan, settings, "print.salutation_heading", lang)
    return Document(sections=[section], **fields)

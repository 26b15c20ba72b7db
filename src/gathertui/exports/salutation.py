"""The MC's opening salutation (sapaan pembawa acara, "Yth. ..."): the opening greeting;
those present named in order of precedence (UU 9/2010) across every delegation, a guest
before a host of equal rank; then the media and community groups by category; then
everyone.

Greeted by office are the officials who come and the other guests who hold a position
(a Ketua TP PKK); staff, the media and the rest are greeted as groups or as "Hadirin".
A person is named with their honorific ("Bapak", "Dr.", "Hj."), as they use it; without
one the office alone is said, for a bare name read aloud is impolite and a guessed
"Bapak" or "Ibu" may be wrong.

An official who sent a representative (attendance "represented", `represented_by`) is,
with the workspace's `representative = "principal"`, greeted in their own place by their
office, "yang dalam hal ini diwakili oleh" the representative; with `"own"` the
representative is greeted by their own office, "mewakili" the official's. The first
person greeted of a visiting delegation leads it: "beserta rombongan".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from gathertui.exports.document import Document, Section
from gathertui.exports.names import acting_spelled, called
from gathertui.exports.printouts import document_fields
from gathertui.i18n import tr
from gathertui.model.enums import Attendance, Category, Representative, Side
from gathertui.model.plan import Delegation, Person, Plan
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
# Words a place's name follows in a position: a region, a village, a command or a police
# or prosecutor's area ("Lurah Sekayu", "Komandan Kodim 0733/Kota Semarang",
# "Kapolrestabes Semarang"). A position with one of them before its last word already
# says where, and takes no organisation after it.
PLACED_BY = REGION_WORDS | {
    "kecamatan",
    "kelurahan",
    "desa",
    "lurah",
    "camat",
    "kades",
    "kodam",
    "korem",
    "kodim",
    "koramil",
    "danrem",
    "dandim",
    "danramil",
    "lanal",
    "lanud",
    "danlanal",
    "danlanud",
    "polda",
    "polres",
    "polresta",
    "polrestabes",
    "polsek",
    "kapolda",
    "kapolres",
    "kapolresta",
    "kapolrestabes",
    "kapolsek",
    "kejati",
    "kejari",
    "kajati",
    "kajari",
}
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


def _says_where(position: str) -> bool:
    """Whether the position names its place: a place word with a name after it, or a
    unit's number ("Kodim 0733")."""
    words = words_of(position)
    if any(char.isdigit() for word in words for char in word):
        return True
    return any(word in PLACED_BY for word in words[:-1])


def _overlap(position: Sequence[str], organization: Sequence[str]) -> int:
    """How many of the organisation's first words end the position, counted in words
    between spaces: 1 for "Ketua DPRD" and "DPRD Kota Semarang", 2 for "Kepala Dinas
    Pariwisata" and "Dinas Pariwisata Kota Semarang"."""
    key = [words_of(word) for word in position]
    other = [words_of(word) for word in organization]
    for size in range(min(len(key), len(other)), 0, -1):
        if key[len(key) - size :] == other[:size]:
            return size
    return 0


def office_of(person: Person) -> str:
    """The office as the MC says it: the position, with the organisation after it unless
    the position already names its place ("Wali Kota Semarang", "Lurah Sekayu", "Komandan
    Kodim 0733/Kota Semarang" need nothing; "Asisten III Administrasi" becomes "Asisten
    III Administrasi Pemerintah Kota Mojokerto"; "Ketua DPRD" of "DPRD Kota Semarang"
    becomes "Ketua DPRD Kota Semarang")."""
    position = acting_spelled(one_line(person.position or ""))
    organization = one_line(person.organization or "")
    if not position or not organization:
        return position
    place = place_of(organization)
    if not place or _contains(words_of(position), place) or _says_where(position):
        return position
    if HEADS.intersection(words_of(position)[-1:]):
        # The head of "Pemerintah Kota Semarang" is the "Wali Kota Semarang".
        return f"{position} {' '.join(organization.split()[-len(place) :])}"
    rest = organization.split()[_overlap(position.split(), organization.split()) :]
    return " ".join([position, *rest])


def _listed(items: list[str], word: str, lang: str) -> str:
    """ "a, b dan c": the last two joined by the catalog's `word` ("dan", "serta")."""
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {tr(word, lang)} {items[-1]}"


def is_greeted(person: Person) -> bool:
    """Greeted on a line of their own: an official, or another guest with a position."""
    if person.category is Category.OFFICIAL:
        return True
    return person.category is Category.OTHER and bool(one_line(person.position or ""))


def _addressed(person: Person, office_first: bool) -> str:
    """The person as the MC says them: office and honoured name, the office alone without
    an honorific, the name when there is no office."""
    office = office_of(person)
    if not office:
        return called(person)
    if not person.honorific or not one_line(person.honorific):
        return office
    named = called(person)
    return f"{office}, {named}" if office_first else f"{named}, {office}"


def _offices(principals: list[Person], lang: str) -> str:
    """The offices of those represented, "Wali Kota Semarang dan Wakil Wali Kota ..."."""
    return _listed([office_of(p) or called(p) for p in principals], "print.salute.and", lang)


@dataclass(frozen=True)
class _Greeting:
    present: Person  # who is in the room: the delegation the line speaks for
    words: str


def _greetings(plan: Plan, settings: WorkspaceSettings | None, lang: str) -> list[_Greeting]:
    """The people greeted by office, in order of precedence."""
    by_principal = (
        settings or WorkspaceSettings()
    ).settings.representative is Representative.PRINCIPAL
    order = Precedence(settings).order(plan)
    people = {person.id: person for person in plan.people}
    # Who represents whom, when the representative comes; each one's principals in order.
    principals: dict[str, list[Person]] = {}
    for index in order:
        person = plan.people[index]
        deputy = people.get(person.represented_by or "")
        if (
            person.attendance is Attendance.REPRESENTED
            and deputy is not None
            and deputy.attendance not in NOT_COMING
            and is_greeted(person)
        ):
            principals.setdefault(deputy.id, []).append(person)
    found = []
    for index in order:
        person = plan.people[index]
        if by_principal and person.attendance is Attendance.REPRESENTED:
            deputy = people.get(person.represented_by or "")
            theirs = principals.get(deputy.id, []) if deputy else []
            # A representative of several is greeted once, at the first one's place.
            if deputy is not None and theirs and theirs[0].id == person.id:
                who = _addressed(deputy, office_first=False)
                words = tr(
                    "print.salute.represented_by", lang, office=_offices(theirs, lang), who=who
                )
                found.append(_Greeting(deputy, words))
            continue
        if person.attendance in NOT_COMING or (by_principal and person.id in principals):
            continue
        represented = [] if by_principal else principals.get(person.id, [])
        if not is_greeted(person) and not represented:
            continue
        words = _addressed(person, office_first=True)
        if represented:
            offices = _offices(represented, lang)
            words = f"{words}, {tr('print.salute.representing', lang, office=offices)}"
        found.append(_Greeting(person, words))
    return found


def _with_party(plan: Plan, delegation: Delegation) -> bool:
    """Whether the delegation brings more than one: a second person coming, or a place
    planned for someone not yet named."""
    coming = [
        p for p in plan.people if p.delegation == delegation.id and p.attendance not in NOT_COMING
    ]
    named = Counter(p.category for p in coming)
    unnamed = any(delegation.quotas.get(c) > named[c] for c in Category)
    return len(coming) > 1 or unnamed


def _leaders(plan: Plan, greetings: list[_Greeting]) -> set[int]:
    """The greetings that lead a visiting delegation with a party: the first of each
    guest delegation."""
    guests = {d.id: d for d in plan.delegations if d.side is Side.GUEST}
    leaders: set[int] = set()
    seen: set[str] = set()
    for number, greeting in enumerate(greetings):
        delegation = greeting.present.delegation
        if delegation is None or delegation not in guests or delegation in seen:
            continue
        seen.add(delegation)
        if _with_party(plan, guests[delegation]):
            leaders.add(number)
    return leaders


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


def opening_greeting(settings: WorkspaceSettings | None, lang: str) -> str:
    """The workspace's opening greeting, else the common one; "" for none."""
    chosen = (settings or WorkspaceSettings()).settings.opening_greeting
    if chosen is None:
        return tr("print.salute.greeting", lang)
    return one_line(chosen)


def salutation_lines(plan: Plan, settings: WorkspaceSettings | None, lang: str) -> list[str]:
    """The salutation: the greeting, a line for each person greeted by office, the
    groups, then everyone."""
    greeting = opening_greeting(settings, lang)
    lines = [greeting] if greeting else []
    greetings = _greetings(plan, settings, lang)
    leaders = _leaders(plan, greetings)
    for number, found in enumerate(greetings):
        words = found.words
        if number in leaders:
            words = tr("print.salute.and_party", lang, who=words)
        lines.append(tr("print.salute.honoured", lang, who=words))
    groups = _groups_line(plan, lang)
    if groups:
        lines.append(groups)
    lines.append(tr("print.salute.everyone", lang))
    return lines


def salutation_document(plan: Plan, settings: WorkspaceSettings | None, lang: str) -> Document:
    """Sapaan Pembawa Acara: the salutation under the event's title, dates and venue."""
    section = Section("", salutation_lines(plan, settings, lang))
    fields = document_fields(plan, settings, "salutation", "print.salutation_heading", lang)
    return Document(sections=[section], **fields)


def spoken_of(plan: Plan, settings: WorkspaceSettings | None, person: Person, lang: str) -> str:
    """The person as the MC names them when calling them forward (the MC's script): as
    the salutation greets them, so a represented official is said as represented by the
    one who comes ("Wali Kota Semarang, yang dalam hal ini diwakili oleh ..."), or the
    representative as representing them, after the workspace's `representative`. The
    officials one person represents are said together, whichever of them is named."""
    by_principal = (
        settings or WorkspaceSettings()
    ).settings.representative is Representative.PRINCIPAL
    deputy = next((p for p in plan.people if p.id == person.represented_by), None)
    present = person
    if person.attendance is Attendance.REPRESENTED and deputy is not None:
        present = deputy
    if present.attendance in NOT_COMING:
        return _addressed(person, office_first=True)
    theirs = [
        index
        for index, p in enumerate(plan.people)
        if p.attendance is Attendance.REPRESENTED
        and p.represented_by == present.id
        and (is_greeted(p) or p.id == person.id)
    ]
    if not theirs:
        return _addressed(person, office_first=True)
    if len(theirs) > 1:
        # In order of precedence, as the salutation names them.
        theirs = [index for index in Precedence(settings).order(plan) if index in theirs]
    offices = _offices([plan.people[index] for index in theirs], lang)
    if by_principal:
        who = _addressed(present, office_first=False)
        return tr("print.salute.represented_by", lang, office=offices, who=who)
    words = _addressed(present, office_first=True)
    return f"{words}, {tr('print.salute.representing', lang, office=offices)}"

"""Order of precedence (tata tempat) of UU 9/2010: each official's rank and the order of
a roster, a sign-in sheet, a participant list and the MC's salutation.

The law's lists are data (`precedence.toml` beside this module). A person's rank comes,
in this order, from their `precedence` field, the workspace's own `[[precedence]]` rules,
then the law's offices. An office is matched by what the position is: its head words,
at its start, once honorifics and the marks of an acting holder (Plt., Plh., Pj.) are
taken off, so "Ajudan Wali Kota" is no Wali Kota.

The workspace's settings choose between the readings protocol offices use:
- `higher_level`: at a city's event, the province's officials either stand where
  Pasal 10(1) ranks them among the city's regional head and DPRD ("practice": the
  governor to the provincial DPRD before the Wali Kota, provincial heads of office after
  the city's DPRD members) or all before the city's list ("literal", Pasal 11(2) read
  as written).
- `acting`: a Plt. or Plh. takes the office's rank after its definitive holders, or is
  not ranked by the office. A Pj. holds the office in full.
- `representative`: a person who comes for an absent official stands in that official's
  place, or by their own office.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files
from typing import Any

from gathertui.i18n import msg
from gathertui.model.enums import (
    Acting,
    Attendance,
    Category,
    HigherLevel,
    Level,
    Representative,
    Side,
)
from gathertui.model.plan import Person, Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.context import PlanContext
from gathertui.problems import Problem, Severity
from gathertui.text import one_line

# The first word of an acting holder's position, however it is spelled ("Plt.", "PLT",
# "Pelaksana Tugas" all begin with one of these once made words).
ACTING = frozenset({"plt", "plh", "pelaksana"})
# Everyone who is not a ranked official follows them, by category in this order.
CATEGORY_ORDER = tuple(Category)


def words_of(text: str) -> tuple[str, ...]:
    """Lowercase words without punctuation: "Plt. Kepala Bagian" → ("plt", "kepala", "bagian")."""
    return tuple(re.sub(r"[^\w]+", " ", text.casefold()).split())


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]

    @classmethod
    def of(cls, text: str) -> Phrase:
        # As words_of, but keeping the "*" that marks a word's beginning.
        return cls(tuple(re.sub(r"[^\w*]+", " ", text.casefold()).split()))

    @property
    def strength(self) -> tuple[int, int]:
        """Longer phrases, then those with fewer open words, say more about a position."""
        return (len(self.words), -sum(word.endswith("*") for word in self.words))


@dataclass(frozen=True)
class Office:
    rank: int
    name: str
    phrases: tuple[Phrase, ...]
    # In the province's list: the city's rank this office stands just before at a
    # city's event, in the practice reading; 0 for the city's own offices in that list.
    before_kota: int = 0


@dataclass(frozen=True)
class Match:
    office: Office
    phrase: Phrase


class OfficeList:
    """Offices and the phrases that name them, as one pattern whose alternatives are
    tried strongest first, so a roster of thousands is ranked without trying every
    phrase in Python."""

    def __init__(
        self,
        law: str,
        offices: Sequence[Office],
        higher: str | None = None,
        higher_words: Iterable[str] = (),
    ) -> None:
        self.law = law
        self.offices = tuple(offices)
        self.higher = higher
        self.higher_words = frozenset(higher_words)
        pairs = [(phrase, office) for office in self.offices for phrase in office.phrases]
        # sorted() is stable: of two phrases as strong, the one listed first wins.
        self._found = sorted(pairs, key=lambda pair: pair[0].strength, reverse=True)
        # A pattern for each first word met, of only the phrases that may begin with it.
        self._by_first: dict[str, re.Pattern[str] | None] = {}

    def _pattern_for(self, first: str) -> re.Pattern[str] | None:
        if first not in self._by_first:
            alternatives = "|".join(
                f"(?P<p{n}>{_pattern(phrase)})"
                for n, (phrase, _) in enumerate(self._found)
                if _begins(phrase.words[0], first)
            )
            pattern = re.compile(f"(?:{alternatives})(?= |$)") if alternatives else None
            self._by_first[first] = pattern
        return self._by_first[first]

    def match_at(self, words: Sequence[str], start: int = 0) -> Match | None:
        """The office whose strongest phrase begins at `words[start]`."""
        if start >= len(words):
            return None
        pattern = self._pattern_for(words[start])
        found = None if pattern is None else pattern.match(" ".join(words[start:]))
        if found is None or found.lastgroup is None:
            return None
        phrase, office = self._found[int(found.lastgroup[1:])]
        return Match(office, phrase)

    def match(self, words: Sequence[str]) -> Office | None:
        """The office the position is: the phrase it begins with."""
        found = self.match_at(words)
        return None if found is None else found.office


def _begins(pattern: str, word: str) -> bool:
    """Whether a phrase's first word ("kadis*" or "camat") matches `word`."""
    return word.startswith(pattern[:-1]) if pattern.endswith("*") else word == pattern


def _pattern(phrase: Phrase) -> str:
    """A phrase as a regular expression over words joined by single spaces."""
    return " ".join(
        re.escape(word[:-1]) + r"\w*" if word.endswith("*") else re.escape(word)
        for word in phrase.words
    )


@cache
def _data() -> dict[str, Any]:
    text = files("gathertui.planning").joinpath("precedence.toml").read_text("utf-8")
    return tomllib.loads(text)


@cache
def law_lists() -> dict[str, OfficeList]:
    """The law's lists by level, read once from the package data."""
    return {level: _office_list(table) for level, table in _data().items() if "offices" in table}


@cache
def _leading() -> re.Pattern[str]:
    """One word or phrase taken off the start of a position before its office is looked
    for: an honorific, an acting holder's mark (group "acting"), an interim holder's."""
    table = _data()["words"]

    def alternatives(kind: str) -> str:
        phrases = sorted(table[kind], key=len, reverse=True)
        return "|".join(re.escape(" ".join(words_of(p))) for p in phrases)

    acting = alternatives("acting")
    others = f"{alternatives('honorifics')}|{alternatives('full')}"
    return re.compile(f"(?:(?P<acting>{acting})|{others})(?: |$)")


def _office_list(table: dict[str, Any]) -> OfficeList:
    offices = tuple(
        Office(
            entry["rank"],
            entry["office"],
            tuple(Phrase.of(p) for p in entry["phrases"]),
            entry.get("before_kota", 0),
        )
        for entry in table["offices"]
    )
    return OfficeList(table["law"], offices, table.get("higher"), table.get("higher_words", ()))


@dataclass(frozen=True)
class Head:
    """A position's head words, and how it is held."""

    words: tuple[str, ...]
    acting: str = ""  # "Plt." or "Plh." for an acting holder


def head_of(position: str) -> Head:
    """The position without honorifics and acting marks in front: "Plt. Kepala Dinas X"
    → Head(("kepala", "dinas", "x"), "Plt.")."""
    text = " ".join(words_of(position))
    leading = _leading()
    acting = ""
    start = 0
    while (found := leading.match(text, start)) is not None:
        held = found.group("acting")
        if held:
            acting = "Plh." if held.split()[-1] in {"plh", "harian"} else "Plt."
        start = found.end()
    return Head(tuple(text[start:].split()), acting)


@dataclass(frozen=True, order=True)
class Rank:
    """Where an official stands. `higher` officials are the province's at a city's
    event: they stand just before the city's rank `before` ("practice"), or before the
    whole of the city's list (`before` 0, "literal")."""

    higher: bool
    number: int
    office: str = ""
    source: str = "law"  # "law", "rule" (the workspace's) or "override" (the person's)
    before: int = 0
    acting: str = ""  # "Plt." or "Plh." when the rank is that of an office held acting

    @property
    def sort_key(self) -> tuple[int, int, int, int]:
        """Comparable across both lists: (city rank, province first, province rank, acting)."""
        held = 1 if self.acting else 0
        if self.higher:
            return (self.before, 0, self.number, held)
        return (self.number, 1, 0, held)

    def text(self) -> str:
        """ "10", or "P1" for the governor at a city's event."""
        return f"P{self.number}" if self.higher else str(self.number)

    def shown(self) -> str:
        """The rank as the roster shows it: "10 (Plt.)" for an acting holder's."""
        return f"{self.text()} ({self.acting})" if self.acting else self.text()


@dataclass(frozen=True)
class Placed:
    """One person in the order: their plan index, the rank they stand at, and the plan
    index of the absent official they represent and stand for, if any."""

    index: int
    rank: Rank | None
    represents: int | None = None


class Precedence:
    """The ranking rules of one workspace: its level, its readings, its own rules and
    the law's lists."""

    def __init__(self, settings: WorkspaceSettings | None = None) -> None:
        settings = settings or WorkspaceSettings()
        prefs = settings.settings
        lists = law_lists()
        # A regency and a city share Pasal 11's list.
        self.own = lists["provinsi" if prefs.precedence_level is Level.PROVINSI else "kota"]
        self.higher = lists.get(self.own.higher or "")
        self.literal = prefs.higher_level is HigherLevel.LITERAL
        self.acting = prefs.acting
        self.by_principal = prefs.representative is Representative.PRINCIPAL
        rules = [
            Office(rule.rank, rule.position, (Phrase.of(rule.position),))
            for rule in settings.precedence
        ]
        self.rules = OfficeList("", rules)
        # Rosters repeat positions (hundreds of "Wartawan"): each is matched once.
        self._ranks: dict[tuple[str, str, Category], Rank | None] = {}

    @property
    def law(self) -> str:
        return self.own.law

    def rank(self, person: Person) -> Rank | None:
        """The person's rank by their own office, or None for one the law does not rank."""
        if person.precedence is not None:
            return Rank(False, person.precedence, person.position or "", "override")
        key = (person.position or "", person.organization or "", person.category)
        if key not in self._ranks:
            self._ranks[key] = self._rank_of(*key)
        return self._ranks[key]

    def _rank_of(self, position: str, organization: str, category: Category) -> Rank | None:
        rule = self._rule(words_of(position))
        if rule is not None:
            return Rank(False, rule.rank, rule.name, "rule")
        if category is not Category.OFFICIAL:
            return None
        head = head_of(position)
        rank = self._law_rank(head.words, organization)
        if rank is None or not head.acting:
            return rank
        if self.acting is Acting.UNRANKED:
            return None
        return replace(rank, acting=head.acting)

    def _rule(self, words: Sequence[str]) -> Office | None:
        """The workspace's rule the position names: the phrase that starts earliest in it
        (a rule may name a whole position, "Plt Kepala Bagian"), then the strongest."""
        for start in range(len(words)):
            found = self.rules.match_at(words, start)
            if found is not None:
                return found.office
        return None

    def _law_rank(self, words: Sequence[str], organization: str) -> Rank | None:
        own = self.own.match_at(words)
        higher = self._higher_office(words, organization, own)
        if higher is not None:
            before = 0 if self.literal else higher.before_kota
            return Rank(True, higher.rank, higher.name, before=before)
        return None if own is None else Rank(False, own.office.rank, own.office.name)

    def _higher_office(
        self, words: Sequence[str], organization: str, own: Match | None
    ) -> Office | None:
        """The province's office the position is, at a city's event. An office only the
        province has (Gubernur, Kapolda, Kepala Biro) is recognised by itself; one both
        levels have (Sekda, Kepala Dinas, Ketua DPRD) by a word such as "Provinsi" in
        the position or the organisation. The city's own offices in the province's list
        (the Wali Kota, the DPRD kota) never are."""
        if self.higher is None:
            return None
        found = self.higher.match_at(words)
        if found is None or not found.office.before_kota:
            return None
        if own is None or found.phrase.strength > own.phrase.strength:
            return found.office
        marked = self.own.higher_words.intersection((*words, *words_of(organization)))
        return found.office if marked else None

    def principals(self, plan: Plan) -> dict[int, int]:
        """Each representative's plan index → the index of the absent official they
        represent (attendance "represented", `represented_by` naming them). Someone who
        represents several stands for the highest of them."""
        at = {person.id: n for n, person in enumerate(plan.people)}
        found: dict[int, int] = {}
        for n, person in enumerate(plan.people):
            if person.attendance is not Attendance.REPRESENTED or not person.represented_by:
                continue
            by = at.get(person.represented_by)
            if by is None or by == n:
                continue
            if by not in found or self._rank_key(plan, n) < self._rank_key(plan, found[by]):
                found[by] = n
        return found

    def _rank_key(self, plan: Plan, index: int) -> tuple[int, ...]:
        rank = self.rank(plan.people[index])
        return (1,) if rank is None else (0, *rank.sort_key)

    def placed(self, plan: Plan, indexes: Iterable[int] | None = None) -> list[Placed]:
        """The people (all, or those given) in order of precedence, each with the rank
        they stand at and whom they represent.

        Ranked people first by rank; at equal rank a definitive holder before an acting
        one, then a guest before the host, as a courtesy; then officials the law does not
        rank; then everyone else by category. Ties keep the roster's order. With
        representative = "principal", a representative stands where the absent official
        would, just before them.
        """
        sides = {d.id: d.side for d in plan.delegations}
        chosen = list(range(len(plan.people)) if indexes is None else indexes)
        principals = self.principals(plan)

        def key(index: int) -> tuple[int, ...]:
            stands_for = principals.get(index) if self.by_principal else None
            seat = index if stands_for is None else stands_for
            # A representative just before the official whose place they take.
            last = 1 if stands_for is None else 0
            person = plan.people[seat]
            rank = self.rank(person)
            if rank is not None:
                guest = 0 if sides.get(person.delegation or "") is Side.GUEST else 1
                return (0, *rank.sort_key, guest, seat, last)
            return (1, CATEGORY_ORDER.index(person.category), 0, 0, 0, 0, seat, last)

        ordered = sorted(chosen, key=key)
        result = []
        for index in ordered:
            represents = principals.get(index)
            seat = index if represents is None or not self.by_principal else represents
            result.append(Placed(index, self.rank(plan.people[seat]), represents))
        return result

    def order(self, plan: Plan, indexes: Iterable[int] | None = None) -> list[int]:
        """Indexes of `plan.people` (all, or those given) in order of precedence."""
        return [placed.index for placed in self.placed(plan, indexes)]


# The rules of the settings last checked: checks run on every edit, and a roster's
# positions are then matched once, not once an edit.
_last: list[tuple[WorkspaceSettings, Precedence]] = []


def rules_for(settings: WorkspaceSettings) -> Precedence:
    """The ranking rules of `settings`, kept while the settings stay equal: a workspace
    without `gathertui.toml` has new default settings each time they are asked for."""
    if not _last or (_last[0][0] is not settings and _last[0][0] != settings):
        _last[:] = [(settings, Precedence(settings))]
    return _last[0][1]


def rank_unknown(context: PlanContext) -> Iterable[Problem]:
    """Officials whose position the law's list, the workspace's rules and their own
    `precedence` leave without a rank: they would follow every ranked official."""
    precedence = rules_for(context.settings)
    for n, person in enumerate(context.plan.people):
        if person.category is Category.OFFICIAL and precedence.rank(person) is None:
            message = msg("check.rank_unknown", position=one_line(person.position or ""))
            yield context.warn("rank-unknown", ("people", n, "position"), message, Severity.INFO)

"""Order of precedence (tata tempat) of UU 9/2010: each official's rank and the order of
a roster, a sign-in sheet, a participant list and the MC's salutation.

The law's lists are data (`precedence.toml` beside this module). A person's rank comes,
in this order, from their `precedence` field, the workspace's own `[[precedence]]` rules,
then the law's offices matched in their position. Acting holders (Plt, Plh) are not
ranked by the office they act in: the law leaves that to local rules, so the workspace
says so with a rule or the person's `precedence`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from gathertui.model.enums import Category, Level, Side
from gathertui.model.plan import Person, Plan
from gathertui.model.workspace import WorkspaceSettings

ACTING = frozenset({"plt", "plh"})
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
        # words_of would drop the "*" that marks a word's beginning.
        return cls(tuple(word.strip(".,") for word in text.casefold().split()))

    def occurs_at(self, words: Sequence[str], start: int) -> bool:
        if start + len(self.words) > len(words):
            return False
        return all(_word_matches(pattern, words[start + n]) for n, pattern in enumerate(self.words))


def _word_matches(pattern: str, word: str) -> bool:
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    return word == pattern


@dataclass(frozen=True)
class Office:
    rank: int
    name: str
    phrases: tuple[Phrase, ...]


class OfficeList:
    """Offices and the phrases that name them, indexed by a phrase's first word so a
    roster of thousands is ranked without trying every phrase at every word."""

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
        self._by_word: dict[str, list[tuple[Phrase, Office]]] = {}
        self._by_prefix: list[tuple[str, Phrase, Office]] = []
        for office in self.offices:
            for phrase in office.phrases:
                first = phrase.words[0]
                if first.endswith("*"):
                    self._by_prefix.append((first[:-1], phrase, office))
                else:
                    self._by_word.setdefault(first, []).append((phrase, office))

    def match(self, words: Sequence[str]) -> Office | None:
        """The office whose phrase starts earliest in `words`; at a tie, the longest phrase."""
        for start, word in enumerate(words):
            candidates = self._by_word.get(word, []) + [
                (phrase, office)
                for prefix, phrase, office in self._by_prefix
                if word.startswith(prefix)
            ]
            found = [
                (len(phrase.words), office)
                for phrase, office in candidates
                if phrase.occurs_at(words, start)
            ]
            if found:
                return max(found, key=lambda pair: pair[0])[1]
        return None


@cache
def law_lists() -> dict[str, OfficeList]:
    """The law's lists by level, read once from the package data."""
    data = tomllib.loads(files("gathertui.planning").joinpath("precedence.toml").read_text("utf-8"))
    return {level: _office_list(level, table) for level, table in data.items()}


def _office_list(level: str, table: dict[str, Any]) -> OfficeList:
    offices = tuple(
        Office(entry["rank"], entry["office"], tuple(Phrase.of(p) for p in entry["phrases"]))
        for entry in table["offices"]
    )
    return OfficeList(table["law"], offices, table.get("higher"), table.get("higher_words", ()))


@dataclass(frozen=True, order=True)
class Rank:
    """Where an official stands. `higher` officials (of the province at a city's event)
    come before the whole of this level's list, in their own list's order."""

    higher: bool
    number: int
    office: str = ""
    source: str = "law"  # "law", "rule" (the workspace's) or "override" (the person's)

    @property
    def sort_key(self) -> tuple[int, int]:
        return (0 if self.higher else 1, self.number)

    def text(self) -> str:
        """ "10", or "P1" for the governor at a city's event."""
        return f"P{self.number}" if self.higher else str(self.number)


class Precedence:
    """The ranking rules of one workspace: its level, its own rules and the law's lists."""

    def __init__(self, settings: WorkspaceSettings | None = None) -> None:
        settings = settings or WorkspaceSettings()
        level = settings.settings.precedence_level
        lists = law_lists()
        # A regency and a city share Pasal 11's list.
        self.own = lists["provinsi" if level is Level.PROVINSI else "kota"]
        self.higher = lists.get(self.own.higher or "")
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
        """The person's rank, or None for one the law does not rank."""
        if person.precedence is not None:
            return Rank(False, person.precedence, person.position or "", "override")
        key = (person.position or "", person.organization or "", person.category)
        if key not in self._ranks:
            self._ranks[key] = self._rank_of(*key)
        return self._ranks[key]

    def _rank_of(self, position: str, organization: str, category: Category) -> Rank | None:
        words = words_of(position)
        rule = self.rules.match(words)
        if rule is not None:
            return Rank(False, rule.rank, rule.name, "rule")
        if category is not Category.OFFICIAL or not words or words[0] in ACTING:
            return None
        marked = self.own.higher_words.intersection(words + words_of(organization))
        if self.higher is not None and marked:
            office = self.higher.match(words)
            return None if office is None else Rank(True, office.rank, office.name)
        office = self.own.match(words)
        return None if office is None else Rank(False, office.rank, office.name)

    def order(self, plan: Plan, indexes: Iterable[int] | None = None) -> list[int]:
        """Indexes of `plan.people` (all, or those given) in order of precedence.

        Ranked people first by rank; at equal rank a guest before the host, as a
        courtesy; then officials the law does not rank; then everyone else by category.
        Ties keep the roster's order.
        """
        sides = {d.id: d.side for d in plan.delegations}
        chosen = range(len(plan.people)) if indexes is None else indexes

        def key(index: int) -> tuple[int, int, int, int, int]:
            person = plan.people[index]
            rank = self.rank(person)
            if rank is not None:
                guest = 0 if sides.get(person.delegation or "") is Side.GUEST else 1
                return (0, *rank.sort_key, guest, index)
            return (1, CATEGORY_ORDER.index(person.category), 0, 0, index)

        return sorted(chosen, key=key)

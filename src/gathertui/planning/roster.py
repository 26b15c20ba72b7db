"""The roster as a person filters and counts it."""

from __future__ import annotations

from collections.abc import Callable

from gathertui.i18n.labels import label
from gathertui.model.enums import Category
from gathertui.model.plan import Person, Plan
from gathertui.planning.headcount import by_group


def searched_text(person: Person) -> str:
    """What the roster's filter text is looked for in: name, position and organisation,
    case folded."""
    return f"{person.name} {person.position or ''} {person.organization or ''}".casefold()


def filter_people(
    plan: Plan,
    text: str,
    delegation: str | None,
    category: Category | None,
    searched: Callable[[Person], str] = searched_text,
) -> list[int]:
    """Indexes of the people matching every filter; the text is searched in name,
    position and organisation, ignoring case, every word anywhere. `searched` gives a
    person's `searched_text` (the roster keeps them between keystrokes)."""
    words = text.casefold().split()
    if not words and delegation is None and category is None:
        return list(range(len(plan.people)))
    found = []
    for index, person in enumerate(plan.people):
        if delegation is not None and person.delegation != delegation:
            continue
        if category is not None and person.category is not category:
            continue
        if words:
            folded = searched(person)
            if not all(word in folded for word in words):
                continue
        found.append(index)
    return found


def roster_summary(plan: Plan, lang: str, delegation: str | None = None) -> str:
    """ "0/30 daring · 0/23 cetak · 0/4 TV ...": named / planned per category."""
    by_delegation = by_group(plan)
    named: dict[Category, int] = dict.fromkeys(Category, 0)
    planned: dict[Category, int] = dict.fromkeys(Category, 0)
    for entry in plan.delegations:
        if delegation is None or entry.id == delegation:
            for category in Category:
                named[category] += by_delegation[(entry.id, category)]
                planned[category] += entry.quotas.get(category)
    parts = []
    for category in Category:
        if planned[category]:
            parts.append(f"{named[category]}/{planned[category]} {label(category, lang)}")
        elif named[category]:
            parts.append(f"{named[category]} {label(category, lang)}")
    return " · ".join(parts)

"""The roster as a person filters and counts it."""

from __future__ import annotations

from gathertui.i18n.labels import label
from gathertui.model.enums import Category
from gathertui.model.plan import Plan
from gathertui.planning.headcount import delegation_headcount


def filter_people(
    plan: Plan, text: str, delegation: str | None, category: Category | None
) -> list[int]:
    """Indexes of the people matching every filter; the text is searched in name,
    position and organisation, ignoring case, every word anywhere."""
    words = text.casefold().split()
    found = []
    for index, person in enumerate(plan.people):
        if delegation is not None and person.delegation != delegation:
            continue
        if category is not None and person.category is not category:
            continue
        if words:
            haystack = f"{person.name} {person.position or ''} {person.organization or ''}"
            folded = haystack.casefold()
            if not all(word in folded for word in words):
                continue
        found.append(index)
    return found


def roster_summary(plan: Plan, lang: str, delegation: str | None = None) -> str:
    """ "0/30 daring · 0/23 cetak · 0/4 TV ...": named / planned per category."""
    named: dict[Category, int] = dict.fromkeys(Category, 0)
    planned: dict[Category, int] = dict.fromkeys(Category, 0)
    for entry in plan.delegations:
        if delegation is None or entry.id == delegation:
            for category, count in delegation_headcount(plan, entry).items():
                named[category] += count.named
                planned[category] += count.planned
    parts = []
    for category in Category:
        if planned[category]:
            parts.append(f"{named[category]}/{planned[category]} {label(category, lang)}")
        elif named[category]:
            parts.append(f"{named[category]} {label(category, lang)}")
    return " · ".join(parts)

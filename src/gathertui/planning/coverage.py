"""Media coverage after an event: the check on its dates, and which partner media
reported.

Partner media are the organisations of the people a plan (or the workspace's other
plans) lists as press: online, print, TV and radio journalists. A coverage entry counts
for a partner when its outlet is the partner's name, whatever the letter case or spacing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from gathertui.i18n import msg
from gathertui.model.enums import Category
from gathertui.model.plan import Coverage, Plan
from gathertui.planning.context import PlanContext
from gathertui.planning.editing import Change, Insert, Remove, Replace
from gathertui.problems import Problem
from gathertui.text import folded, one_line

# The people whose organisation is a medium that may report on the event.
MEDIA_CATEGORIES = frozenset({Category.ONLINE, Category.PRINT, Category.TV, Category.RADIO})


def coverage_before_event(context: PlanContext) -> Iterable[Problem]:
    """A report dated before the event began is about something else, or a typing
    mistake in its date."""
    first = context.plan.event.first_day
    for n, entry in enumerate(context.plan.coverage):
        if entry.date is not None and entry.date < first:
            message = msg(
                "check.coverage_before_event",
                date=entry.date.isoformat(),
                first=first.isoformat(),
            )
            yield context.warn("coverage-before-event", ("coverage", n, "date"), message)


def partner_media(plans: Iterable[Plan]) -> list[str]:
    """The media organisations the plans' press people belong to, each once (as first
    spelled), in the order they are met."""
    found: dict[str, str] = {}
    for plan in plans:
        for person in plan.people:
            if person.category in MEDIA_CATEGORIES and person.organization:
                name = one_line(person.organization).strip()
                if name:
                    found.setdefault(folded(name), name)
    return list(found.values())


@dataclass(frozen=True)
class PartnerCount:
    outlet: str
    reports: int


def partner_counts(plan: Plan, partners: Iterable[str]) -> list[PartnerCount]:
    """How many coverage entries of the plan each partner medium has (0: did not report)."""
    by_outlet: dict[str, int] = {}
    for entry in plan.coverage:
        key = folded(entry.outlet)
        by_outlet[key] = by_outlet.get(key, 0) + 1
    return [PartnerCount(name, by_outlet.get(folded(name), 0)) for name in partners]


# The named changes of the Coverage tab.


def add_coverage(plan: Plan, entry: Coverage) -> Change:
    index = len(plan.coverage)
    label = msg("op.add_coverage", outlet=one_line(entry.outlet))
    return Change(label, (Insert("coverage", index, entry),), ("coverage", index))


def edit_coverage(plan: Plan, index: int, entry: Coverage) -> Change:
    return Change(
        msg("op.edit_coverage", outlet=one_line(entry.outlet)),
        (Replace("coverage", index, plan.coverage[index], entry),),
        ("coverage", index),
    )


def delete_coverage(plan: Plan, index: int) -> Change:
    entry = plan.coverage[index]
    focus = min(index, len(plan.coverage) - 2)
    return Change(
        msg("op.delete_coverage", outlet=one_line(entry.outlet)),
        (Remove("coverage", index, entry),),
        ("coverage", focus) if focus >= 0 else None,
    )

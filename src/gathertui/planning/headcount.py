"""Who is coming: planned places (quotas) against named and confirmed people."""

from __future__ import annotations

from dataclasses import dataclass

from gathertui.model.enums import Attendance, Category
from gathertui.model.plan import Delegation, Plan

CONFIRMED = frozenset({Attendance.CONFIRMED, Attendance.ATTENDED})


@dataclass(frozen=True)
class Headcount:
    planned: int
    named: int
    confirmed: int


def delegation_headcount(plan: Plan, delegation: Delegation) -> dict[Category, Headcount]:
    """Per category with anything planned or named, in the categories' fixed order."""
    named = dict.fromkeys(Category, 0)
    confirmed = dict.fromkeys(Category, 0)
    for person in plan.people:
        if person.delegation == delegation.id:
            named[person.category] += 1
            confirmed[person.category] += person.attendance in CONFIRMED
    return {
        category: Headcount(delegation.quotas.get(category), named[category], confirmed[category])
        for category in Category
        if delegation.quotas.get(category) or named[category]
    }

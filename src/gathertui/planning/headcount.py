"""Who is coming: planned places (quotas) against named and confirmed people.

The roster is counted once per change (`people_tally`): its summary line, the quotas
check, the expected headcount and each delegation's headcount read that one count. On a
roster of 5,000 each used to count every person, several passes on every key.
"""

from __future__ import annotations

import threading
import weakref
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from operator import attrgetter

from gathertui.model.enums import Attendance, Category
from gathertui.model.plan import Delegation, Person, Plan

CONFIRMED = frozenset({Attendance.CONFIRMED, Attendance.ATTENDED})
Group = tuple[str | None, Category]
Tally = Counter[tuple[str | None, Category, Attendance]]

_lock = threading.Lock()
# By plan: the people as they were counted, and the count. A count is never changed once
# made, so a worker thread checking another plan may read one while this one is replaced.
_kept: dict[int, tuple[weakref.ref[Plan], tuple[Person, ...], Tally]] = {}


def people_tally(plan: Plan) -> Tally:
    """How many people each delegation has per category and attendance. Do not change it."""
    people = tuple(plan.people)
    kept = _kept.get(id(plan))
    # The very same objects when nothing changed: compared in C, first by identity.
    if kept is not None and kept[0]() is plan and kept[1] == people:
        return kept[2]
    tally: Tally = Counter(map(attrgetter("delegation", "category", "attendance"), people))
    key = id(plan)
    with _lock:
        _kept[key] = (weakref.ref(plan, lambda _: _kept.pop(key, None)), people, tally)
    return tally


def by_group(plan: Plan, attendances: Collection[Attendance] | None = None) -> Counter[Group]:
    """People per delegation and category, of the given attendances (else all)."""
    found: Counter[Group] = Counter()
    for (delegation, category, attendance), count in people_tally(plan).items():
        if attendances is None or attendance in attendances:
            found[(delegation, category)] += count
    return found


@dataclass(frozen=True)
class Headcount:
    planned: int
    named: int
    confirmed: int


def delegation_headcount(plan: Plan, delegation: Delegation) -> dict[Category, Headcount]:
    """Per category with anything planned or named, in the categories' fixed order."""
    named = dict.fromkeys(Category, 0)
    confirmed = dict.fromkeys(Category, 0)
    for (of, category, attendance), count in people_tally(plan).items():
        if of == delegation.id:
            named[category] += count
            confirmed[category] += count if attendance in CONFIRMED else 0
    return {
        category: Headcount(delegation.quotas.get(category), named[category], confirmed[category])
        for category in Category
        if delegation.quotas.get(category) or named[category]
    }

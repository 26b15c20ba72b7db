"""The roster's one count: what the summary, the quotas check and the headcounts read,
made again only when a person changed."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from gathertui.model.enums import Attendance, Category
from gathertui.model.plan import Person
from gathertui.planning.headcount import CONFIRMED, by_group, people_tally
from gathertui.storage import load_plan


def _counted(
    people: list[Person], attendances: frozenset[Attendance] | None = None
) -> Counter[tuple[str | None, Category]]:
    return Counter(
        (p.delegation, p.category)
        for p in people
        if attendances is None or p.attendance in attendances
    )


def test_the_tally_is_kept_until_a_person_is_replaced(visit: Path) -> None:
    plan = load_plan(visit).model
    first = people_tally(plan)
    assert people_tally(plan) is first
    assert by_group(plan) == _counted(plan.people)
    assert by_group(plan, CONFIRMED) == _counted(plan.people, CONFIRMED)
    # An attendance key replaces the person: the count follows.
    person = plan.people[0]
    changed = (
        Attendance.DECLINED if person.attendance is not Attendance.DECLINED else Attendance.INVITED
    )
    plan.people[0] = person.model_copy(update={"attendance": changed})
    assert people_tally(plan) is not first
    assert by_group(plan, CONFIRMED) == _counted(plan.people, CONFIRMED)
    assert sum(people_tally(plan).values()) == len(plan.people)

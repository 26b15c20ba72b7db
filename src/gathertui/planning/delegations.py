"""Delegations: their named changes, and how many people each has named and planned."""

from __future__ import annotations

from gathertui.i18n import msg
from gathertui.model.enums import Category
from gathertui.model.plan import Delegation, Person, Plan
from gathertui.planning.agenda import AgendaError
from gathertui.planning.editing import Change, Insert, Remove, Replace, unique_id
from gathertui.text import one_line

# How many of a delegation's people a refusal names; the rest are counted.
NAMED_IN_REFUSAL = 5


def add_delegation(plan: Plan, delegation: Delegation) -> Change:
    """`delegation` at the end of the list, with an id of its own derived from its name."""
    taken = (d.id for d in plan.delegations)
    fresh = delegation.model_copy(update={"id": unique_id(delegation.name, taken)})
    index = len(plan.delegations)
    return Change(
        msg("op.add_delegation", name=fresh.name),
        (Insert("delegations", index, fresh),),
        ("delegations", index),
    )


def edit_delegation(plan: Plan, index: int, delegation: Delegation) -> Change:
    """The delegation at `index` replaced; its id stays, as its people refer to it by id."""
    before = plan.delegations[index]
    after = delegation.model_copy(update={"id": before.id})
    return Change(
        msg("op.edit_delegation", name=after.name),
        (Replace("delegations", index, before, after),),
        ("delegations", index),
    )


def members(plan: Plan, delegation_id: str) -> list[Person]:
    return [person for person in plan.people if person.delegation == delegation_id]


def delete_delegation(plan: Plan, index: int) -> Change:
    """Refused while people belong to the delegation: the message names them, so nothing
    (a person's delegation) is cleared without the person seeing it."""
    delegation = plan.delegations[index]
    people = members(plan, delegation.id)
    if people:
        named: object = ", ".join(f'"{one_line(p.name)}"' for p in people[:NAMED_IN_REFUSAL])
        if len(people) > NAMED_IN_REFUSAL:
            named = msg("check.items_more", first=named, more=len(people) - NAMED_IN_REFUSAL)
        raise AgendaError(
            msg(
                "delegation.in_use",
                name=one_line(delegation.name),
                count=len(people),
                people=named,
            )
        )
    focus = min(index, len(plan.delegations) - 2)
    return Change(
        msg("op.delete_delegation", name=delegation.name),
        (Remove("delegations", index, delegation),),
        ("delegations", focus) if focus >= 0 else None,
    )


def planned_places(delegation: Delegation) -> int:
    return sum(delegation.quotas.get(category) for category in Category)


def named_counts(plan: Plan) -> dict[str, int]:
    """People named per delegation id, in one pass over the roster."""
    counts = dict.fromkeys((d.id for d in plan.delegations), 0)
    for person in plan.people:
        if person.delegation in counts:
            counts[person.delegation] += 1
    return counts

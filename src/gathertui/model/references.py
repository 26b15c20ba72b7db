"""Rules across entities: unique ids and references that resolve.

Pydantic checks each block on its own; these rules need the whole plan. Each finding
keeps the document path of the offending key so storage can name its line, and the
catalog key of its sentence: the model speaks no language itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from gathertui.model.enums import HolidayAction
from gathertui.model.plan import AgendaItem, Delegation, Person, Plan, Venue
from gathertui.model.workspace import WorkspaceSettings

Path = tuple[str | int, ...]


class Phrase(str):
    """A parameter that is itself a catalog key ("what.venue"), said in the reader's
    language when the finding is."""


@dataclass(frozen=True)
class Finding:
    code: str
    path: Path
    # The catalog key of the sentence, and its parameters.
    key: str
    params: dict[str, Any] = field(default_factory=dict)


def _duplicate_ids(list_name: str, ids: Iterable[str]) -> list[Finding]:
    seen: set[str] = set()
    found = []
    for number, ident in enumerate(ids):
        if ident in seen:
            found.append(
                Finding(
                    "duplicate-id", (list_name, number, "id"), "ref.duplicate_id", {"id": ident}
                )
            )
        seen.add(ident)
    return found


def _unknown(path: Path, ident: str, what: str) -> Finding:
    return Finding("unknown-reference", path, "ref.unknown", {"what": Phrase(what), "id": ident})


def _representation_loops(people: Sequence[Person]) -> list[Finding]:
    """`represented_by` naming the person themself, or going round (a → b → a): nobody
    would come, and the salutation would leave them all out."""
    deputy = {person.id: person.represented_by for person in people if person.represented_by}
    found = []
    for n, person in enumerate(people):
        if person.represented_by is None:
            continue  # most people: no chain to follow
        path = ("people", n, "represented_by")
        if person.represented_by == person.id:
            found.append(Finding("bad-value", path, "ref.represents_self", {"id": person.id}))
            continue
        chain = [person.id]
        current = deputy.get(person.id)
        while current is not None and current not in chain:
            chain.append(current)
            current = deputy.get(current)
        # A loop through this person (not one further along, reported at its own people).
        if current == person.id and len(chain) > 1:
            loop = " → ".join([*chain, person.id])
            found.append(Finding("bad-value", path, "ref.represents_loop", {"loop": loop}))
    return found


def plan_findings(plan: Plan) -> list[Finding]:
    found: list[Finding] = []
    lists: dict[str, Sequence[Venue | Delegation | Person | AgendaItem]] = {
        "venues": plan.venues,
        "delegations": plan.delegations,
        "people": plan.people,
        "agenda": plan.agenda,
    }
    for name, entities in lists.items():
        found += _duplicate_ids(name, (entity.id for entity in entities))
    venues = {venue.id for venue in plan.venues}
    delegations = {delegation.id for delegation in plan.delegations}
    people = {person.id for person in plan.people}
    # The references are tested inline, not through a helper a call each: a 5,000-person
    # plan has tens of thousands of them, and almost all resolve.
    for n, person in enumerate(plan.people):
        delegation, deputy = person.delegation, person.represented_by
        if delegation is not None and delegation not in delegations:
            found.append(_unknown(("people", n, "delegation"), delegation, "what.delegation"))
        if deputy is not None and deputy not in people:
            path = ("people", n, "represented_by")
            found.append(_unknown(path, deputy, "what.representative"))
    found += _representation_loops(plan.people)
    invitees = plan.invitation.invitees if plan.invitation else None
    for i, ident in enumerate(invitees or ()):
        if ident not in people:
            found.append(_unknown(("invitation", "invitees", i), ident, "what.invitee"))
    for n, pin in enumerate(plan.seats):
        if pin.person not in people:
            found.append(_unknown(("seats", n, "person"), pin.person, "what.seated"))
        if pin.venue not in venues:
            found.append(_unknown(("seats", n, "venue"), pin.venue, "what.venue"))
    days = plan.event.days()
    for n, item in enumerate(plan.agenda):
        if item.venue is not None and item.venue not in venues:
            found.append(_unknown(("agenda", n, "venue"), item.venue, "what.venue"))
        if item.pic is not None and item.pic not in people:
            found.append(_unknown(("agenda", n, "pic"), item.pic, "what.pic"))
        for s, speaker in enumerate(item.speakers):
            if speaker not in people:
                found.append(_unknown(("agenda", n, "speakers", s), speaker, "what.speaker"))
        if item.day is not None and not days[0] <= item.day <= days[-1]:
            found.append(
                Finding(
                    "day-outside-event",
                    ("agenda", n, "day"),
                    "ref.day_outside",
                    {
                        "day": item.day.isoformat(),
                        "first": days[0].isoformat(),
                        "last": days[-1].isoformat(),
                    },
                )
            )
    return found


def settings_findings(settings: WorkspaceSettings) -> list[Finding]:
    found = _duplicate_ids("calendar", (event.id for event in settings.calendar))
    found += _duplicate_ids("signatories", (signatory.id for signatory in settings.signatories))
    for n, override in enumerate(settings.holidays):
        if override.action is HolidayAction.MOVE and override.to is None:
            found.append(Finding("missing-key", ("holidays", n), "ref.move_needs_to"))
    return found

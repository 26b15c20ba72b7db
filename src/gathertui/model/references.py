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


def _dangling(path: Path, ident: str | None, known: set[str], what: str) -> list[Finding]:
    if ident is None or ident in known:
        return []
    return [Finding("unknown-reference", path, "ref.unknown", {"what": Phrase(what), "id": ident})]


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
    for n, person in enumerate(plan.people):
        found += _dangling(
            ("people", n, "delegation"), person.delegation, delegations, "what.delegation"
        )
        found += _dangling(
            ("people", n, "represented_by"), person.represented_by, people, "what.representative"
        )
    days = plan.event.days()
    for n, item in enumerate(plan.agenda):
        found += _dangling(("agenda", n, "venue"), item.venue, venues, "what.venue")
        found += _dangling(("agenda", n, "pic"), item.pic, people, "what.pic")
        for s, speaker in enumerate(item.speakers):
            found += _dangling(("agenda", n, "speakers", s), speaker, people, "what.speaker")
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

"""What every plan check is given: the plan and the document it is (to say which one a
problem is about), the workspace settings, and the workspace's other plans (for
conflicts across plans). Nothing here reads a file."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from gathertui.i18n import msg
from gathertui.model.defaults import effective_zone
from gathertui.model.plan import AgendaItem, Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.agenda import item_time
from gathertui.problems import DocumentPath, Problem, Severity
from gathertui.text import one_line

# A plan with the file it is (or will be) saved in: the workspace's unit of plans.
FilePlan = tuple[Path, Plan]


@dataclass(frozen=True)
class PlanContext:
    plan: Plan
    settings: WorkspaceSettings
    # The plan's file, naming the document its problems are about; None for a plan
    # checked on its own (a form, a test).
    file: Path | None = None
    # The workspace's other plans; empty when a plan is checked on its own.
    neighbours: tuple[FilePlan, ...] = ()

    def when(self, item: AgendaItem, plan: Plan | None = None) -> str:
        """An item of this plan (or of `plan`, a neighbour) by its time, as messages name it."""
        return item_when(item, plan or self.plan, self.settings)

    def warn(
        self,
        code: str,
        path: DocumentPath,
        message: object,
        severity: Severity = Severity.WARNING,
    ) -> Problem:
        item_message = msg("problem.about", entity=self.label(path), problem=message)
        return Problem(code, severity, item_message, self.file, path)

    def label(self, path: DocumentPath) -> object:
        if path[0] in Plan.ENTITY_LISTS and len(path) > 1 and isinstance(path[1], int):
            entity = getattr(self.plan, str(path[0]))[path[1]]
            called = getattr(entity, "title", None) or getattr(entity, "name", None) or ""
            # A coverage entry has no id: its title names it; a seat pin, its seat.
            called = called or getattr(entity, "seat", None) or ""
            ident = getattr(entity, "id", None) or called
            return msg(f"entity.{path[0]}", id=one_line(ident), called=one_line(called))
        return msg("entity.table", name=path[0])


def item_when(item: AgendaItem, plan: Plan, settings: WorkspaceSettings) -> str:
    """ "09.45–10.00 WIB", after the date when the event has several days."""
    zone = effective_zone(plan, settings)
    # Times are written alike in both languages (see i18n.dates.clock), so a message can
    # hold the text rather than a time to render later.
    text = item_time(item, plan, zone, "id")
    if plan.event.last_day != plan.event.first_day:
        return f"{item.day_in(plan.event).isoformat()} {text}"
    return text


def listed(parts: Sequence[object]) -> object:
    """ "a, b, c" as one message, each part still rendered in the reader's language."""
    *rest, last = parts
    for part in reversed(rest):
        last = msg("check.list", first=part, rest=last)
    return last

"""What every plan check is given: the loaded plan (to place problems) and the settings."""

from __future__ import annotations

from dataclasses import dataclass

from gathertui.i18n import msg
from gathertui.model.plan import Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.problems import Problem, Severity
from gathertui.storage.reader import Loaded
from gathertui.text import one_line


@dataclass(frozen=True)
class PlanContext:
    loaded: Loaded[Plan]
    settings: WorkspaceSettings

    @property
    def plan(self) -> Plan:
        return self.loaded.model

    def warn(
        self,
        code: str,
        path: tuple[str | int, ...],
        message: object,
        severity: Severity = Severity.WARNING,
    ) -> Problem:
        item_message = msg("problem.about", entity=self.label(path), problem=message)
        return self.loaded.source.problem(code, item_message, path, severity)

    def label(self, path: tuple[str | int, ...]) -> object:
        if path[0] in Plan.ENTITY_LISTS and len(path) > 1 and isinstance(path[1], int):
            entity = getattr(self.plan, str(path[0]))[path[1]]
            return msg(f"entity.{path[0]}", id=one_line(entity.id))
        return msg("entity.table", name=path[0])

"""A workspace: a folder of plan files and its optional `gathertui.toml`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from gathertui.glance import SETTINGS_FILE, plan_paths
from gathertui.model.plan import Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.problems import Problem
from gathertui.storage.reader import Loaded, LoadError, load_plan, load_settings


@dataclass
class PlanFile:
    """One plan file: loaded, or the problems that kept it from loading."""

    path: Path
    loaded: Loaded[Plan] | None = None
    problems: list[Problem] = field(default_factory=list)


@dataclass
class Workspace:
    folder: Path
    settings: Loaded[WorkspaceSettings] | None = None
    settings_problems: list[Problem] = field(default_factory=list)
    plans: list[PlanFile] = field(default_factory=list)

    def loaded_plans(self) -> list[tuple[Path, Plan]]:
        """The plans that loaded, with their files; broken files are left out."""
        return [(f.path, f.loaded.model) for f in self.plans if f.loaded is not None]

    def neighbours(self, path: Path) -> list[Loaded[Plan]]:
        """The loaded plans other than the one at `path`: what it may clash with."""
        itself = path.resolve()
        return [f.loaded for f in self.plans if f.loaded is not None and f.path.resolve() != itself]

    @property
    def preferences(self) -> WorkspaceSettings:
        return self.settings.model if self.settings else WorkspaceSettings()


def read_plan_file(path: Path) -> PlanFile:
    try:
        return PlanFile(path, load_plan(path))
    except LoadError as error:
        return PlanFile(path, problems=error.problems)


def open_workspace(folder: Path) -> Workspace:
    """Every plan of the folder; a broken file is kept with its problems, not dropped."""
    workspace = open_workspace_settings(folder)
    workspace.plans = [read_plan_file(path) for path in plan_paths(folder)]
    return workspace


def workspace_of(plan_path: Path) -> Workspace:
    """The workspace a single plan file lives in, with just that plan."""
    workspace = open_workspace_settings(plan_path.parent)
    workspace.plans = [read_plan_file(plan_path)]
    return workspace


def open_workspace_settings(folder: Path) -> Workspace:
    """The folder's settings alone; raises UnreadableFile if they exist but cannot be read."""
    workspace = Workspace(folder)
    settings = folder / SETTINGS_FILE
    if settings.exists():
        try:
            workspace.settings = load_settings(settings)
        except LoadError as error:
            workspace.settings_problems = error.problems
    return workspace

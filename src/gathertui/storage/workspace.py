"""Reading a workspace's files: each plan file, loaded or with the problems that kept it
from loading, and the optional `gathertui.toml`.

A file that cannot be read at all (no permission, a folder in its place, gone since the
folder was listed) is a problem like any other, so one bad file never stops the rest.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from gathertui.i18n import msg
from gathertui.model.plan import Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.problems import Problem, Severity
from gathertui.storage.reader import Loaded, LoadError, UnreadableFile, load_plan, load_settings

# What a file was when it was read: a later stat that differs means it changed on disk.
Stamp = tuple[int, int] | None


def stamp(path: Path) -> Stamp:
    try:
        status = path.stat()
    except OSError:
        return None
    return (status.st_mtime_ns, status.st_size)


def unreadable_problem(error: UnreadableFile) -> Problem:
    message = msg("load.unreadable", reason=error.reason)
    return Problem("unreadable", Severity.ERROR, message, error.path, (), 1, 1)


@dataclass
class PlanFile:
    """One plan file: loaded, or the problems that kept it from loading."""

    path: Path
    loaded: Loaded[Plan] | None = None
    problems: list[Problem] = field(default_factory=list)
    read_as: Stamp = None


@dataclass
class SettingsFile:
    """`gathertui.toml`: loaded, absent (None, no problems), or its problems."""

    path: Path
    loaded: Loaded[WorkspaceSettings] | None = None
    problems: list[Problem] = field(default_factory=list)
    read_as: Stamp = None

    @property
    def model(self) -> WorkspaceSettings:
        return self.loaded.model if self.loaded else WorkspaceSettings()


def read_plan_file(path: Path) -> PlanFile:
    read_as = stamp(path)
    try:
        return PlanFile(path, load_plan(path), read_as=read_as)
    except LoadError as error:
        return PlanFile(path, problems=error.problems, read_as=read_as)
    except UnreadableFile as error:
        return PlanFile(path, problems=[unreadable_problem(error)], read_as=read_as)


def read_settings_file(path: Path) -> SettingsFile:
    read_as = stamp(path)
    if not os.path.lexists(path):
        return SettingsFile(path)
    try:
        return SettingsFile(path, load_settings(path), read_as=read_as)
    except LoadError as error:
        return SettingsFile(path, problems=error.problems, read_as=read_as)
    except UnreadableFile as error:
        return SettingsFile(path, problems=[unreadable_problem(error)], read_as=read_as)

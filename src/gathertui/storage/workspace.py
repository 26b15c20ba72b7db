"""Reading a workspace's files: each plan file, loaded or with the problems that kept it
from loading, and the optional `gathertui.toml`.

A file that cannot be read at all (no permission, a folder in its place, gone since the
folder was listed) is a problem like any other, so one bad file never stops the rest.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic

from gathertui.glance import SETTINGS_FILE
from gathertui.i18n import msg
from gathertui.model.plan import Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.problems import Problem, Severity
from gathertui.storage.reader import (
    Loaded,
    LoadError,
    ModelT,
    UnreadableFile,
    load_plan,
    load_settings,
)

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
class FileRead(Generic[ModelT]):
    """A file as read: loaded, or the problems that kept it from loading (none: a file
    that is not there, as an absent `gathertui.toml`)."""

    path: Path
    loaded: Loaded[ModelT] | None = None
    problems: list[Problem] = field(default_factory=list)
    read_as: Stamp = None


PlanFile = FileRead[Plan]
SettingsFile = FileRead[WorkspaceSettings]


def _read(path: Path, load: Callable[[Path], Loaded[ModelT]]) -> FileRead[ModelT]:
    read_as = stamp(path)
    try:
        return FileRead(path, load(path), read_as=read_as)
    except LoadError as error:
        return FileRead(path, problems=error.problems, read_as=read_as)
    except UnreadableFile as error:
        return FileRead(path, problems=[unreadable_problem(error)], read_as=read_as)


def read_plan_file(path: Path) -> PlanFile:
    return _read(path, load_plan)


def read_settings_file(path: Path) -> SettingsFile:
    return _read(path, load_settings) if os.path.lexists(path) else SettingsFile(path)


def settings_of(settings: SettingsFile) -> WorkspaceSettings:
    """The settings in effect: the file's, or the defaults when it is absent or broken."""
    return settings.loaded.model if settings.loaded else WorkspaceSettings()


def workspace_settings(folder: Path) -> WorkspaceSettings:
    """The settings of the workspace `folder`, for a command that needs nothing else."""
    return settings_of(read_settings_file(folder / SETTINGS_FILE))

"""A first look at a workspace with tomllib alone, before pydantic validates anything.

Importing pydantic and building the models costs more than Textual's whole start-up, so
the app draws the plan list from this look and validates in the background, to start
within 1.25 times a bare Textual app. Nothing here judges a file: a value that is
missing or of the wrong type is None, and the full load that follows says what is wrong.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import stat
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gathertui.nesting import too_deep

SETTINGS_FILE = "gathertui.toml"
# Above this a file is not even glanced at; the reader refuses it with a message.
_GLANCE_LIMIT = 32 * 1024 * 1024


@dataclass(frozen=True)
class Glance:
    """What the plan list shows of a file before it is validated."""

    path: Path
    title: str | None = None
    start: dt.date | None = None
    kind: str | None = None
    status: str | None = None
    # Why nothing could be read, as a problem code ("unreadable", "syntax"); the full
    # load that follows gives the sentence and the line.
    reason: str | None = None


def plan_paths(folder: Path) -> list[Path]:
    """The folder's `*.toml` files but gathertui.toml, by name: one listing of the folder,
    whose entries say which are files without a call to the system each (one for a
    symbolic link, followed as `is_file` follows it)."""
    names = []
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            # `*.toml` as `glob` matches it (without case on Windows).
            if entry.name == SETTINGS_FILE or not os.path.normcase(entry.name).endswith(".toml"):
                continue
            with contextlib.suppress(OSError):
                if entry.is_file():
                    names.append(entry.name)
    return [folder / name for name in sorted(names)]


class _Unread(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _read(path: Path) -> dict[str, Any]:
    """The file's table, or _Unread saying why not. The glance runs before the first
    frame, so whatever a file holds must end here, never in the app's start-up."""
    try:
        status = path.stat()
        # A pipe named *.toml would wait for a writer forever; a device, the same.
        if not stat.S_ISREG(status.st_mode):
            raise _Unread("unreadable")
        if status.st_size > _GLANCE_LIMIT:
            raise _Unread("too-large")
        text = path.read_bytes().decode("utf-8-sig")
    except OSError:
        raise _Unread("unreadable") from None
    except UnicodeDecodeError:
        raise _Unread("encoding") from None
    if too_deep(text) is not None:
        raise _Unread("syntax")
    try:
        return tomllib.loads(text)
    except (RecursionError, MemoryError, ValueError):  # TOMLDecodeError is a ValueError
        raise _Unread("syntax") from None


def _table(path: Path) -> dict[str, Any] | None:
    try:
        return _read(path)
    except _Unread:
        return None


def _text(table: dict[str, Any], key: str) -> str | None:
    value = table.get(key)
    return value if isinstance(value, str) else None


def _day(value: object) -> dt.date | None:
    # A start may be a local date-time (the hour is known); the list shows its day.
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None


def glance_plan(path: Path) -> Glance:
    try:
        table = _read(path)
    except _Unread as unread:
        return Glance(path, reason=unread.reason)
    event = table.get("event")
    if not isinstance(event, dict):
        return Glance(path)
    start = event.get("start")
    return Glance(
        path,
        title=_text(event, "title"),
        start=_day(start),
        kind=_text(event, "kind"),
        status=_text(event, "status"),
    )


def glance_folder(folder: Path) -> list[Glance]:
    return [glance_plan(path) for path in plan_paths(folder)]


def is_settings_file(path: Path) -> bool:
    """Whether `path` names a workspace's settings file. Git names its copy of an old
    version `XXXXXX_gathertui.toml` when it runs a diff, hence the ending too."""
    return path.name == SETTINGS_FILE or path.name.endswith(f"_{SETTINGS_FILE}")


def settings_table(folder: Path) -> dict[str, Any]:
    """The workspace's `gathertui.toml` as written; empty when it cannot be read."""
    return _table(folder / SETTINGS_FILE) or {}


def settings_language(folder: Path) -> str | None:
    """The workspace's `settings.language` as written, or None."""
    settings = settings_table(folder).get("settings")
    return _text(settings, "language") if isinstance(settings, dict) else None

"""`gathertui log PLAN`: the plan's commits, newest first, each with what it changed.

Each commit is one line (short hash, time in the plan's zone, author, subject) and then
its changes in words against the version before it, indented; the first version is said
to be created, with the plan in one line. Changes in the file that are not committed yet
come first. Exit 0; 2 when there is no history to show (no git, not in a repository,
never committed) or the file is missing.
"""

from __future__ import annotations

import argparse
import sys
from functools import cache
from pathlib import Path

from gathertui.commands.common import language_for, say
from gathertui.glance import SETTINGS_FILE
from gathertui.i18n import tr
from gathertui.model.defaults import effective_zone
from gathertui.model.plan import Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.storage.reader import UnreadableFile, read_file_bytes
from gathertui.text import one_line
from gathertui.vcs.history import (
    HistoryUnavailable,
    VersionPlan,
    before_bytes,
    committed_bytes,
    locate,
    plan_history,
    read_plan,
    version_bytes_of,
)
from gathertui.vcs.history_words import INDENT, change_lines, when


def _settings(path: Path) -> WorkspaceSettings | None:
    """The workspace's settings, for its zone; a settings file that does not load counts
    as none here (`check` reports it)."""
    from gathertui.storage import LoadError, UnreadableFile, load_settings

    settings_path = path.parent / SETTINGS_FILE
    if not settings_path.is_file():
        return None
    try:
        return load_settings(settings_path).model
    except (LoadError, UnreadableFile):
        return None


def _zone(newest: Plan | None, path: Path) -> str | None:
    """The zone of the newest version; None (this computer's) if it does not load."""
    return effective_zone(newest, _settings(path)) if newest is not None else None


def _print_entry(header: str, lines: list[str]) -> None:
    print(header)
    for line in lines:
        print(f"{INDENT}{line}")


def run(args: argparse.Namespace) -> int:
    path = Path(args.plan)
    lang = language_for(getattr(args, "lang", None), [path])
    if not path.exists() or path.is_dir():
        say(lang, "cli.no_such_path", path=path)
        return 2
    try:
        # Only a regular file, as the reader does: a pipe named *.toml would block.
        working = read_file_bytes(path)
    except UnreadableFile as error:
        say(lang, "cli.unreadable", path=path, reason=error.reason)
        return 2
    limit: int | None = args.number
    try:
        where = locate(path)
        # One more than shown: the last one shown is compared with the one before it.
        versions = plan_history(path, None if limit is None else limit + 1)
        if not versions:
            say(lang, "history.never_committed", path=path.name)
            return 2
        committed = committed_bytes(path)
    except HistoryUnavailable as error:
        print(f"gathertui: {error.reason.render(lang)}", file=sys.stderr)
        return 2

    # Each version is read when first printed, so a long history starts printing at once
    # (a plan of 5,000 people takes about half a second to read).
    @cache
    def plan_in(raw: bytes | None) -> VersionPlan:
        return read_plan(path, raw)

    def plan_at(number: int) -> VersionPlan:
        return plan_in(version_bytes_of(where, versions[number]))

    zone = _zone(plan_at(0).plan, path)
    if committed is not None and working != committed:
        now = read_plan(path, working)
        _print_entry(tr("history.uncommitted", lang), change_lines(plan_at(0), now, lang))
    shown = versions if limit is None else versions[:limit]
    for number, version in enumerate(shown):
        raw_before = before_bytes(where, versions, number)
        before = None if raw_before is None else plan_in(raw_before)
        date = when(version.date, zone, lang)
        author, subject = one_line(version.author), one_line(version.subject)
        header = "  ".join((version.short, date, author, subject))
        _print_entry(header, change_lines(before, plan_at(number), lang))
    return 0

"""`gathertui fmt [--check] [--drop-comments] [PATH...]`: rewrite files in canonical form.

Comments are kept where they belong (`storage/comments.py`); `--drop-comments` removes
them. Like the app, `fmt` (not `--check`, which writes nothing) removes the temporary
files an interrupted save left beside the files it is given; `check` only reads, so it
leaves them, and never lists them (they do not end in `.toml`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gathertui.commands.common import language_for, say
from gathertui.glance import SETTINGS_FILE
from gathertui.i18n import tr
from gathertui.i18n.os_errors import os_reason
from gathertui.storage import (
    ChangedOnDisk,
    LoadError,
    UnreadableFile,
    canonical_text,
    save,
)
from gathertui.storage.atomic import remove_stale_temporaries
from gathertui.storage.reader import plan_from_source, read_source, settings_from_source


def _files(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        found += sorted(path.glob("*.toml")) if path.is_dir() else [path]
    return found


def _tidy(paths: list[Path], lang: str) -> None:
    """Removes what a killed save left: in a folder given, beside any `*.toml`; beside a
    file given, its own. A save in progress (younger than a minute) is left alone."""
    for path in paths:
        folder, name = (path, None) if path.is_dir() else (path.parent, path.name)
        for removed in remove_stale_temporaries(folder, name):
            say(lang, "cli.removed_temporary", path=removed)


def run(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.paths] or [Path("plans") if Path("plans").is_dir() else Path()]
    lang = language_for(args.lang, paths)
    if not args.check:
        _tidy(paths, lang)
    status = 0
    for path in _files(paths):
        try:
            source = read_source(path)
            model = (
                settings_from_source(source)
                if path.name == SETTINGS_FILE
                else plan_from_source(source)
            )
        except UnreadableFile as error:
            say(lang, "cli.unreadable", path=path, reason=error.reason)
            status = 2
            continue
        except LoadError as error:
            for problem in error.problems:
                print(problem.render(lang), file=sys.stderr)
            status = max(status, 1)
            continue
        comments = None if args.drop_comments else source.comments
        if canonical_text(model, source.header, comments).encode() == source.raw:
            continue
        if args.check:
            print(tr("cli.would_reformat", lang, path=path))
            status = max(status, 1)
            continue
        try:
            save(source, model, drop_comments=args.drop_comments)
        except ChangedOnDisk:
            say(lang, "cli.changed_on_disk", path=path)
            status = max(status, 1)
        except OSError as error:
            say(lang, "cli.write_failed", path=path, reason=os_reason(error))
            status = max(status, 1)
        else:
            say(lang, "cli.reformatted", path=path)
    return status

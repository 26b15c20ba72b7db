"""`gathertui export PLAN --what ... --format ... [-o FILE] [--lang] [--paper]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gathertui.commands.common import open_plan_for_command, say
from gathertui.exports import BINARY, ExportError, export
from gathertui.storage.atomic import write_atomic
from gathertui.storage.workspace import open_workspace_settings


def run(args: argparse.Namespace) -> int:
    path = Path(args.plan)
    opened = open_plan_for_command(path, args.lang)
    if isinstance(opened, int):
        return opened
    loaded, lang = opened
    if args.what == "calendar":
        # The semester calendar is a workspace printout; it comes with the calendar.
        say(lang, "export.calendar_not_yet")
        return 1
    settings = open_workspace_settings(path.parent).preferences
    paper = args.paper or settings.settings.paper.value
    to_stdout = args.output in (None, "-")
    if to_stdout and args.format == "pdf":
        say(lang, "export.pdf_needs_file")
        return 1
    try:
        data = export(loaded.model, settings, args.what, args.format, lang, paper)
    except ExportError as error:
        say(lang, error.key, **error.params)
        return 1
    if to_stdout:
        # Text formats go out as written (a BOM and CRLF in CSV included) for redirection.
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return 0
    target = Path(args.output)
    try:
        write_atomic(target, data)
    except OSError as error:
        say(lang, "cli.write_failed", path=target, reason=error.strerror or str(error))
        return 1
    if args.format in BINARY or args.output:
        say(lang, "export.written", path=target, size=len(data))
    return 0

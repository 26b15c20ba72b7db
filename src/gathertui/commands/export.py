"""`gathertui export PLAN --what ... --format ... [-o FILE] [--lang] [--paper]
[--delegation ID]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gathertui.commands.common import named_delegation, open_plan_for_command, say
from gathertui.commands.progress_line import INTERRUPTED, progress_line
from gathertui.exports import ExportError, export, render
from gathertui.exports.document import with_logo
from gathertui.glance import SETTINGS_FILE
from gathertui.i18n.os_errors import os_reason
from gathertui.model.workspace import WorkspaceSettings
from gathertui.storage.atomic import write_atomic
from gathertui.storage.logo import read_logo
from gathertui.storage.workspace import workspace_settings

# The formats that print the letterhead's emblem; Markdown and text leave it out.
WITH_LOGO = ("pdf", "html", "docx")


def _logo(folder: Path, settings: WorkspaceSettings, fmt: str, lang: str) -> bytes | None:
    """The emblem for the letterhead, or None; one that cannot be used is said, and the
    printout is made without it."""
    if fmt not in WITH_LOGO:
        return None
    logo, why = read_logo(folder, settings)
    if why is not None:
        say(lang, "export.logo_left_out", reason=why)
    return logo


def _calendar(args: argparse.Namespace) -> int:
    """The calendar is the workspace's: PATH is its folder, or a plan in it."""
    from gathertui.commands.calendar import chosen_semester, say_left_out, workspace_at
    from gathertui.commands.common import language_for
    from gathertui.exports.calendar_view import calendar_document, calendar_ics, semester_view

    path = Path(args.plan)
    lang = language_for(args.lang, [path])
    if not path.exists():
        # export exits 0 / 1 (README.md): a missing path is a failure, not bad usage.
        say(lang, "cli.no_such_path", path=path)
        return 1
    workspace = workspace_at(path)
    say_left_out(workspace, lang)
    settings = workspace.preferences
    semester = chosen_semester(args.year, args.semester)
    if _pdf_to_stdout(args, lang):
        return 1
    view = semester_view(semester, settings, workspace.effective_plans())
    if args.format == "ics":
        return _write(args, lang, calendar_ics(view, lang))
    if args.format in ("csv", "xlsx"):
        say(
            lang,
            "export.unsupported",
            what="calendar",
            format=args.format,
            allowed="pdf, html, md, txt, ics",
        )
        return 1
    document = calendar_document(view, settings, lang)
    document = with_logo(document, _logo(workspace.folder, settings, args.format, lang))
    paper = args.paper or settings.settings.paper.value
    if args.format == "pdf":
        # On paper the months are grids, with the list after them; HTML, Markdown and
        # text keep the list.
        from gathertui.exports.calendar_grid import semester_grid
        from gathertui.exports.pdf_calendar import render_calendar_pdf

        grid = semester_grid(view, lang)
        return _write(args, lang, render_calendar_pdf(document, grid, paper))
    return _write(args, lang, render(document, args.format, paper))


def run(args: argparse.Namespace) -> int:
    if args.what == "calendar":
        return _calendar(args)
    path = Path(args.plan)
    opened = open_plan_for_command(path, args.lang)
    if isinstance(opened, int):
        return opened
    loaded, lang = opened
    settings = workspace_settings(path.parent)
    paper = args.paper or settings.settings.paper.value
    if _pdf_to_stdout(args, lang):
        return 1
    delegation = None
    if args.delegation is not None:
        if args.what != "attendance":
            say(lang, "export.delegation_only_attendance")
            return 1
        found = named_delegation(loaded.model, args.delegation, lang)
        if found is None:
            return 1
        delegation = found.id
    logo = _logo(path.parent, settings, args.format, lang)
    try:
        with progress_line(lang) as progress:
            data = export(
                loaded.model,
                settings,
                args.what,
                args.format,
                lang,
                paper,
                delegation=delegation,
                logo=logo,
                progress=progress,
            )
        return _write(args, lang, data)
    except ExportError as error:
        say(lang, error.key, **error.params)
        return 1
    except KeyboardInterrupt:
        # Ctrl+C: nothing was written (the file is saved whole or not at all).
        if args.output in (None, "-"):
            say(lang, "cli.stopped")
        else:
            say(lang, "export.stopped", path=Path(args.output))
        return INTERRUPTED


def _pdf_to_stdout(args: argparse.Namespace, lang: str) -> bool:
    """A PDF asked for on stdout: said, and refused before anything is rendered."""
    if args.output in (None, "-") and args.format == "pdf":
        say(lang, "export.pdf_needs_file")
        return True
    return False


def _write(args: argparse.Namespace, lang: str, data: bytes) -> int:
    if args.output in (None, "-"):
        # Text formats go out as written (a BOM and CRLF in CSV included) for redirection.
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return 0
    target = Path(args.output)
    refused = _replace_refused(target)
    if refused is not None and not args.force:
        say(lang, refused, path=target)
        return 1
    try:
        write_atomic(target, data)
    except OSError as error:
        say(lang, "cli.write_failed", path=target, reason=os_reason(error))
        return 1
    say(lang, "export.written", path=target, size=len(data))
    return 0


def _replace_refused(target: Path) -> str | None:
    """The key saying why `target` is not replaced without --force: a plan, the
    workspace's settings or any other file that exists (`-o plans/visit.toml` would
    otherwise put a CSV where the plan was); None for a new file."""
    if not target.exists() and not target.is_symlink():
        return None
    if target.name == SETTINGS_FILE:
        return "export.would_replace_settings"
    if target.suffix == ".toml" and target.is_file():
        from gathertui.storage import LoadError, UnreadableFile, load_plan

        try:
            load_plan(target)
        except (LoadError, UnreadableFile):
            pass
        else:
            return "export.would_replace_plan"
    return "export.would_replace"

"""`gathertui [PATH] [--lang id|en]`: open the app on a workspace folder or one plan."""

from __future__ import annotations

import argparse
import gc
import sys
from datetime import date
from pathlib import Path

from gathertui.glance import SETTINGS_FILE
from gathertui.i18n import LANGUAGES, resolve_language, tr


def parse(arguments: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="gathertui", add_help=False)
    parser.add_argument("path", nargs="?")
    parser.add_argument("--lang", choices=LANGUAGES)
    parser.add_argument("-h", "--help", action="store_true")
    return parser.parse_args(arguments)


def _starter_workspace(folder: Path, lang: str) -> None:
    """A new ./plans with one plan from the visit template, so the app never opens empty."""
    from gathertui.model.templates import new_plan
    from gathertui.storage import write_new

    folder.mkdir(parents=True)
    today = date.today()
    # A folder of no workspace yet: the starter plan takes the defaults of none.
    plan = new_plan("visit", tr("ui.starter_title", lang), today, None)
    write_new(folder / f"{today.isoformat()}-kunjungan-kerja.toml", plan)


def run(arguments: list[str]) -> int:
    # Start-up makes a few hundred thousand objects (Textual's classes and styles, the
    # modules, the rows of the list) and frees almost none, yet the cycle collector would
    # walk them again and again as they pile up: a tenth of the time to the first frame.
    # The app resumes it after that frame.
    gc.disable()
    try:
        return _run(arguments)
    finally:
        gc.enable()


def _run(arguments: list[str]) -> int:
    args = parse(arguments)
    if args.help:
        from gathertui.cli import build_parser, help_language

        build_parser(help_language(arguments)).print_help()
        return 0
    from gathertui.commands.common import workspace_language

    target = Path(args.path) if args.path else Path("plans")
    lang = resolve_language(args.lang, workspace_language(target) if target.exists() else None)
    if args.path is None and not target.exists():
        _starter_workspace(target, lang)
    if not target.exists():
        print(f"gathertui: {tr('cli.no_such_path', lang, path=target)}", file=sys.stderr)
        return 2
    if target.is_file() and target.name == SETTINGS_FILE:
        target = target.parent
    folder = target if target.is_dir() else target.parent
    from gathertui.tui.app import GathertuiApp

    # The folder, not a read workspace: the app reads it after its first frame.
    app = GathertuiApp(
        folder, lang, target if target.is_file() else None, first_run=True, collector_paused=True
    )
    app.run()
    if app.crashed:
        _say_crashed(app.crash_report, lang)
        return app.return_code or 1
    return 0


def _say_crashed(report: Path | None, lang: str) -> None:
    """Where the crash report and the unsaved work are, after the app stopped on an error."""
    from gathertui.crash import recovery_folder

    if report is not None:
        print(f"gathertui: {tr('ui.crashed', lang, report=report)}", file=sys.stderr)
    folder = recovery_folder()
    print(f"gathertui: {tr('ui.crash_recovery', lang, folder=folder)}", file=sys.stderr)

"""`gathertui calendar [--year Y] [--semester 1|2] [PATH]`: a semester in the terminal."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from gathertui.commands.common import language_for, say
from gathertui.glance import SETTINGS_FILE
from gathertui.i18n import tr
from gathertui.i18n.dates import month_title
from gathertui.planning.calendar import EntryKind, Semester
from gathertui.state import WorkspaceState
from gathertui.text import literal

STYLES = {
    EntryKind.PLAN: "bold green",
    EntryKind.HOLIDAY: "bold red",
    EntryKind.CUTI_BERSAMA: "yellow",
    EntryKind.OUTSIDE: "cyan",
}


def workspace_at(path: Path) -> WorkspaceState:
    """The workspace folder PATH is, or the one the plan PATH is in."""
    return WorkspaceState.read(path if path.is_dir() else path.parent)


def say_left_out(workspace: WorkspaceState, lang: str) -> None:
    """The plans the calendar cannot show, each with why (a file that does not load),
    on stderr: the calendar is still drawn from the rest."""
    for plan_file in workspace.files.values():
        if plan_file.loaded is None and plan_file.problems:
            print(plan_file.problems[0].render(lang), file=sys.stderr)


def chosen_semester(year: int | None, number: int | None) -> Semester:
    from gathertui.planning.calendar_checks import today

    current = Semester.of(today())
    return Semester(year or current.year, number or current.number)


def run(args: argparse.Namespace) -> int:
    from gathertui.exports.calendar_view import (
        entry_kind_text,
        month_rows,
        runs,
        semester_name,
        semester_view,
        target_text,
    )

    path = Path(args.path) if args.path else Path("plans")
    lang = language_for(args.lang, [path])
    if not path.exists():
        # calendar exits 0 / 1 (README.md): a missing path is a failure, not bad usage.
        say(lang, "cli.no_such_path", path=path)
        return 1
    if path.is_file() and path.name == SETTINGS_FILE:
        path = path.parent
    workspace = workspace_at(path)
    say_left_out(workspace, lang)
    semester = chosen_semester(args.year, args.semester)
    view = semester_view(semester, workspace.preferences, workspace.effective_plans())
    console = Console(highlight=False, emoji=False, markup=False)
    console.print(Text(semester_name(semester, lang), style="bold underline"))
    for status in view.targets:
        console.print(
            Text(literal(target_text(status, lang)), style="green" if status.met else "red")
        )
    every_run = runs(view.days)
    for month in semester.months:
        table = Table(
            title=month_title(semester.year, month, lang), title_justify="left", expand=False
        )
        table.add_column("")
        table.add_column("")
        table.add_column("")
        table.show_header = False
        # Each entry once over its days, as the printouts list it: a month-long event is
        # one row with its span.
        rows = month_rows(every_run, semester.year, month, lang)
        for when, found in rows:
            entry = found.entry
            table.add_row(
                when,
                Text(literal(entry.title), style=STYLES[entry.kind]),
                entry_kind_text(entry, lang),
            )
        if not rows:
            table.add_row("", tr("print.cal.nothing", lang), "")
        console.print()
        console.print(table)
    return 0

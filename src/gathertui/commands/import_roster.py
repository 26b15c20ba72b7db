"""`gathertui import PLAN FILE.csv|FILE.xlsx --delegation ID`: add people from a spreadsheet.

The rows to add are previewed on stdout; notices, invalid rows (`FILE.csv:ROW: reason`)
and the outcome go to stderr. Nothing is written unless every row is valid, or
--skip-invalid says to leave the invalid ones out (a row whose quotes or separators do not
add up is invalid too). A CSV that is not UTF-8 is read in the `--encoding` given, or in
one detected for sure; otherwise it is refused. Exit 0 imported (or a clean dry run),
1 invalid rows or a save refused, 2 bad usage (a missing file, an unknown delegation).

Values from the sheet go into rich `Text` after `literal()`, as in `show`, so
`=HYPERLINK(...)`, `[bold]` or an escape code prints as written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from gathertui.commands.common import named_delegation, open_plan_for_command, say
from gathertui.i18n import Message, tr
from gathertui.i18n.labels import label
from gathertui.i18n.os_errors import os_reason
from gathertui.model.plan import Delegation
from gathertui.planning.editing import PlanEditor
from gathertui.planning.importing import (
    MAX_ROSTER_BYTES,
    ImportRow,
    RosterError,
    import_change,
    read_roster,
    repeated_names,
)
from gathertui.storage import ChangedOnDisk, save
from gathertui.text import literal, one_line

# A preview of 100,000 rows would take minutes to lay out and nobody reads it; the rows
# past this many are counted, and imported all the same.
PREVIEW_ROWS = 200


def _read(path: Path, lang: str) -> bytes | None:
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_ROSTER_BYTES + 1)
    except FileNotFoundError:
        say(lang, "cli.no_such_path", path=path)
    except IsADirectoryError:
        say(lang, "cli.unreadable", path=path, reason=tr("import.a_folder", lang))
    except OSError as error:
        say(lang, "cli.unreadable", path=path, reason=os_reason(error))
    return None


def _tell(where: str, message: Message, lang: str) -> None:
    print(f"gathertui: {where}: {message.render(lang)}", file=sys.stderr)


def _preview(rows: list[ImportRow], delegation: Delegation, lang: str) -> None:
    title = tr("import.preview", lang, count=len(rows), delegation=literal(delegation.name))
    table = Table(title=Text(title), title_justify="left", title_style="bold")
    for heading in (
        tr("import.row", lang),
        tr("show.name", lang),
        tr("show.position", lang),
        tr("show.organization", lang),
        tr("show.category", lang),
        tr("import.phone", lang),
        tr("import.email", lang),
    ):
        table.add_column(heading)
    for row in rows[:PREVIEW_ROWS]:
        person = row.person
        assert person is not None  # only valid rows are previewed
        table.add_row(
            str(row.number),
            *(
                Text(literal(value or ""))
                for value in (person.name, person.position, person.organization)
            ),
            label(person.category, lang),
            *(Text(literal(value or "")) for value in (person.phone, person.email)),
        )
    console = Console(highlight=False, emoji=False, markup=False)
    console.print(table)
    if len(rows) > PREVIEW_ROWS:
        console.print(Text(tr("import.preview_more", lang, count=len(rows) - PREVIEW_ROWS)))


def run(args: argparse.Namespace) -> int:
    plan_path, csv_path = Path(args.plan), Path(args.csv)
    # The path as said on the terminal: a file name is text from the file system.
    csv_name = literal(str(csv_path))
    opened = open_plan_for_command(plan_path, args.lang, missing=2)
    if isinstance(opened, int):
        return opened
    loaded, lang = opened
    plan = loaded.model
    delegation = named_delegation(plan, args.delegation, lang)
    if delegation is None:
        return 2
    data = _read(csv_path, lang)
    if data is None:
        return 2
    try:
        roster = read_roster(data, args.encoding)
    except RosterError as error:
        _tell(csv_name, error.message, lang)
        return 1
    except LookupError:  # no such encoding, or a codec that is none ("rot13")
        say(lang, "cli.unknown_encoding", name=one_line(args.encoding or ""))
        return 2
    for notice in roster.notices:
        _tell(csv_name, notice, lang)
    valid, invalid = roster.valid, roster.invalid
    if valid:
        _preview(valid, delegation, lang)
    for row, message in repeated_names(plan, valid):
        _tell(f"{csv_name}:{row.number}", message, lang)
    for row in invalid:
        reasons = "; ".join(problem.render(lang) for problem in row.problems)
        print(f"{csv_name}:{row.number}: {reasons}", file=sys.stderr)
    if invalid and not args.skip_invalid:
        say(lang, "import.invalid_rows", count=len(invalid), valid=len(valid))
        return 1
    if invalid:
        say(lang, "import.skipped", count=len(invalid))
    if not valid:
        if invalid:
            say(lang, "import.no_valid_rows")
            return 1
        say(lang, "import.no_rows", path=csv_path)
        return 0
    name = one_line(delegation.name)
    if args.dry_run:
        say(lang, "import.dry_run", count=len(valid), delegation=name, path=plan_path)
        return 0
    change = import_change(plan, delegation.id, valid)
    if change is not None:
        PlanEditor(plan).apply(change)
    # storage.save, not PlanSession.save: a session would discard the recovery copy of
    # unsaved work a TUI may hold for this plan.
    try:
        save(loaded.source, plan)
    except ChangedOnDisk:
        say(lang, "import.changed_on_disk", path=plan_path)
        return 1
    except OSError as error:
        say(lang, "cli.write_failed", path=plan_path, reason=os_reason(error))
        return 1
    say(lang, "import.imported", count=len(valid), delegation=name, path=plan_path)
    return 0

"""The command line: `gathertui [PATH] [--lang id|en]` for the app, or a subcommand.

The commands, options and exit codes are a contract (README.md); scripts rely on it.
Subcommand modules are imported only when used, so `check` in a git hook starts fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from datetime import date

from gathertui import __version__
from gathertui.i18n import LANGUAGES

SUBCOMMANDS = ("check", "fmt", "show", "new", "schema", "export", "import", "calendar")
# "import" is a Python keyword, so its module has another name.
MODULES = {"import": "import_roster"}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # Bad usage is exit 2 with one sentence, like argparse, minus the usage dump.
        self.exit(2, f"gathertui: {message} (see `{self.prog} --help`)\n")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date like 2024-03-14: {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    # Here, not at the top: the app's start-up goes through this module without pydantic.
    from gathertui.model.templates import TEMPLATES

    common = _Parser(add_help=False)
    common.add_argument("--lang", choices=LANGUAGES, help="language of messages (id or en)")
    parser = _Parser(prog="gathertui", description="Plan delegation visits and media gatherings.")
    parser.add_argument("--version", action="version", version=f"gathertui {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    check = commands.add_parser("check", parents=[common], help="validate plans and workspaces")
    check.add_argument("paths", nargs="*", metavar="PATH")
    check.add_argument(
        "--explain",
        metavar="CODE",
        help="what a problem code (the word in brackets) means and how to fix it; checks nothing",
    )

    fmt = commands.add_parser("fmt", parents=[common], help="rewrite files in canonical form")
    fmt.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if a file would change"
    )
    fmt.add_argument(
        "--drop-comments",
        action="store_true",
        help="reformat files with comments too (the comments are lost)",
    )
    fmt.add_argument("paths", nargs="*", metavar="PATH")

    show = commands.add_parser("show", parents=[common], help="a plan's summary")
    show.add_argument("plan", metavar="PLAN")

    new = commands.add_parser("new", parents=[common], help="a new plan from a template")
    new.add_argument("file", metavar="FILE")
    new.add_argument("--template", choices=TEMPLATES, default="visit")
    new.add_argument("--title", help="the event's title")
    new.add_argument("--date", type=_day, help="the first day, like 2024-03-14 (default: today)")

    export = commands.add_parser("export", parents=[common], help="a printout or data file")
    export.add_argument("plan", metavar="PLAN")
    export.add_argument(
        "--what",
        choices=("agenda", "attendance", "roster", "salutation", "calendar"),
        required=True,
        help="salutation: the MC's opening salutation, in order of precedence",
    )
    export.add_argument(
        "--format", choices=("pdf", "html", "md", "txt", "csv", "ics"), required=True
    )
    export.add_argument(
        "-o", "--output", metavar="FILE", help="the file to write; - or none: stdout"
    )
    export.add_argument(
        "--paper", choices=("a4", "f4"), help="PDF and HTML paper (default: the workspace's)"
    )

    export.add_argument("--year", type=int, help="calendar: the year (default: this one)")
    export.add_argument("--semester", type=int, choices=(1, 2), help="calendar: 1 or 2")

    calendar = commands.add_parser("calendar", parents=[common], help="a semester's calendar")
    calendar.add_argument("--year", type=int, help="default: this year")
    calendar.add_argument(
        "--semester", type=int, choices=(1, 2), help="1: January-June, 2: July-December"
    )
    calendar.add_argument("path", nargs="?", metavar="PATH", help="workspace (default: plans)")

    roster_import = commands.add_parser(
        "import", parents=[common], help="add people to a plan from a spreadsheet (CSV)"
    )
    roster_import.add_argument("plan", metavar="PLAN")
    roster_import.add_argument("csv", metavar="FILE.csv")
    roster_import.add_argument("--delegation", required=True, help="the delegation id they join")
    roster_import.add_argument(
        "--skip-invalid", action="store_true", help="import the valid rows, report the others"
    )
    roster_import.add_argument(
        "--dry-run", action="store_true", help="preview only; change nothing"
    )

    schema = commands.add_parser("schema", parents=[common], help="JSON Schema of plan files")
    schema.add_argument(
        "--workspace", action="store_true", help="the schema of gathertui.toml instead"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments or (arguments[0] not in SUBCOMMANDS and arguments[0] != "--version"):
        from gathertui import tui_launch

        return tui_launch.run(arguments)
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.command is None:
        parser.print_help()
        return 0
    name = MODULES.get(args.command, args.command)
    module = importlib.import_module(f"gathertui.commands.{name}")
    try:
        status: int = module.run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `gathertui show plan | head`: the reader left; that is not an error.
        sys.stderr.close()
        return 0
    return status

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
from gathertui.export_names import FORMATS, WHATS
from gathertui.i18n import LANGUAGES, resolve_language, tr

SUBCOMMANDS = (
    "check",
    "fmt",
    "show",
    "new",
    "schema",
    "export",
    "import",
    "calendar",
    "diff",
    "init",
    "merge",
    "log",
)
# "import" is a Python keyword, so its module has another name.
MODULES = {"import": "import_roster"}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # Bad usage is exit 2 with one sentence, like argparse, minus the usage dump.
        self.exit(2, f"gathertui: {message} (see `{self.prog} --help`)\n")


def _day(text: str) -> date:
    # Imported here: only a command given a date pays for the model's import.
    from gathertui.model.fields import FIRST_YEAR, LAST_YEAR, in_window

    try:
        day = date.fromisoformat(text)
    except ValueError:
        day = None
    if day is None or not in_window(day):
        raise argparse.ArgumentTypeError(
            f"not a date like 2024-03-14, from {FIRST_YEAR} to {LAST_YEAR}: {text!r}"
        ) from None
    return day


def _title(text: str) -> str:
    from gathertui.model.fields import has_visible

    if not has_visible(text):
        raise argparse.ArgumentTypeError(f"a title needs a visible character: {text!r}")
    return text


def _count(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a number of commits like 5: {text!r}")
    return int(text)


def _year(text: str) -> int:
    from gathertui.model.fields import FIRST_YEAR, LAST_YEAR

    try:
        year = int(text)
    except ValueError:
        year = 0
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            f"not a year from {FIRST_YEAR} to {LAST_YEAR}: {text!r}"
        ) from None
    return year


def requested_language(arguments: Sequence[str]) -> str | None:
    """The language `--lang` names anywhere in `arguments`, before any parsing."""
    for number, argument in enumerate(arguments):
        if argument == "--lang" and number + 1 < len(arguments):
            value = arguments[number + 1]
        elif argument.startswith("--lang="):
            value = argument.removeprefix("--lang=")
        else:
            continue
        return value if value in LANGUAGES else None
    return None


def _first_word(arguments: Sequence[str]) -> str | None:
    """The first argument that is not `--lang` or its value: a command, a path, an option."""
    skip = False
    for argument in arguments:
        if skip or argument.startswith("--lang="):
            skip = False
            continue
        if argument == "--lang":
            skip = True
            continue
        return argument
    return None


def help_language(arguments: Sequence[str]) -> str:
    """The language of `--help`: --lang, else the ./plans workspace's, else the system's."""
    from pathlib import Path

    from gathertui.commands.common import workspace_language

    plans = Path("plans")
    requested = requested_language(arguments)
    return resolve_language(requested, workspace_language(plans) if plans.exists() else None)


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    """The parser, its descriptions in `lang` (argparse's own words stay English)."""
    # Here, not at the top: the app's start-up goes through this module without pydantic.
    from gathertui.model.templates import TEMPLATES

    lang_help = tr("cli.help.lang", lang)
    common = _Parser(add_help=False)
    # Suppressed, so a subcommand without --lang keeps the one given before it.
    common.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=lang_help)
    parser = _Parser(
        prog="gathertui",
        usage="gathertui [--lang {id,en}] [PATH]\n       gathertui [--lang {id,en}] COMMAND ...",
        description=tr("cli.help.description", lang),
    )
    parser.add_argument("--version", action="version", version=f"gathertui {__version__}")
    parser.add_argument("--lang", choices=LANGUAGES, help=lang_help)
    commands = parser.add_subparsers(
        dest="command",
        metavar="COMMAND",
        prog="gathertui",
        parser_class=_Parser,
        title=tr("cli.help.commands", lang),
    )

    def add(name: str, key: str) -> _Parser:
        description = tr(key, lang)
        command: _Parser = commands.add_parser(
            name, parents=[common], help=description, description=description
        )
        return command

    check = add("check", "cli.help.check")
    check.add_argument("paths", nargs="*", metavar="PATH")
    check.add_argument(
        "--explain",
        metavar="CODE",
        help="what a problem code (the word in brackets) means and how to fix it; checks nothing",
    )

    fmt = add("fmt", "cli.help.fmt")
    fmt.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if a file would change"
    )
    fmt.add_argument(
        "--drop-comments",
        action="store_true",
        help="reformat files with comments too (the comments are lost)",
    )
    fmt.add_argument("paths", nargs="*", metavar="PATH")

    show = add("show", "cli.help.show")
    show.add_argument("plan", metavar="PLAN")

    new = add("new", "cli.help.new")
    new.add_argument("file", metavar="FILE")
    new.add_argument("--template", choices=TEMPLATES, default="visit")
    new.add_argument("--title", type=_title, help="the event's title")
    new.add_argument("--date", type=_day, help="the first day, like 2024-03-14 (default: today)")

    init = add("init", "cli.help.init")
    init.add_argument(
        "folder", nargs="?", default=".", metavar="FOLDER", help="default: the current folder"
    )

    export = add("export", "cli.help.export")
    export.add_argument("plan", metavar="PLAN")
    export.add_argument(
        "--what",
        choices=WHATS,
        required=True,
        help="salutation: the MC's opening salutation, in order of precedence; "
        "mc-script: the MC's script; whatsapp: the rundown and the media invitation; "
        "invitation: the invitation letters; report: the activity report; "
        "press-release: a press release draft; seating: the seating plan drawn (pdf); "
        "seating-list: who sits in each seat",
    )
    export.add_argument(
        "--format",
        choices=FORMATS,
        required=True,
    )
    export.add_argument(
        "-o", "--output", metavar="FILE", help="the file to write; - or none: stdout"
    )
    export.add_argument("--force", action="store_true", help=tr("cli.help.export_force", lang))
    export.add_argument(
        "--paper", choices=("a4", "f4"), help="PDF and HTML paper (default: the workspace's)"
    )

    export.add_argument(
        "--delegation", metavar="ID", help="attendance: the sign-in sheet of this delegation only"
    )
    export.add_argument("--year", type=_year, help="calendar: the year (default: this one)")
    export.add_argument("--semester", type=int, choices=(1, 2), help="calendar: 1 or 2")

    calendar = add("calendar", "cli.help.calendar")
    calendar.add_argument("--year", type=_year, help="default: this year")
    calendar.add_argument(
        "--semester", type=int, choices=(1, 2), help="1: January-June, 2: July-December"
    )
    calendar.add_argument("path", nargs="?", metavar="PATH", help="workspace (default: plans)")

    roster_import = add("import", "cli.help.import")
    roster_import.add_argument("plan", metavar="PLAN")
    roster_import.add_argument("csv", metavar="FILE.csv|FILE.xlsx")
    roster_import.add_argument("--delegation", required=True, help="the delegation id they join")
    roster_import.add_argument(
        "--skip-invalid", action="store_true", help="import the valid rows, report the others"
    )
    roster_import.add_argument(
        "--dry-run", action="store_true", help="preview only; change nothing"
    )
    roster_import.add_argument(
        "--encoding", metavar="NAME", help=tr("cli.help.import_encoding", lang)
    )

    diff = add("diff", "cli.help.diff")
    # Two files, or the seven arguments git gives an external diff; run() tells which.
    diff.usage = "gathertui diff [--lang {id,en}] OLD NEW\n       gathertui diff --textconv FILE"
    diff.add_argument(
        "files", nargs="+", metavar="FILE", help="two plan files (or git's seven arguments)"
    )
    diff.add_argument(
        "--textconv", action="store_true", help="one file as one line per fact, for git"
    )

    merge = add("merge", "cli.help.merge")
    # git's merge-driver contract: `driver = gathertui merge %O %A %B`.
    merge.add_argument("base", metavar="BASE", help="the common ancestor (git's %%O)")
    merge.add_argument("ours", metavar="OURS", help="our version, replaced by the merge (%%A)")
    merge.add_argument("theirs", metavar="THEIRS", help="their version (%%B)")

    log = add("log", "cli.help.log")
    log.add_argument("plan", metavar="PLAN")
    log.add_argument("-n", "--number", type=_count, metavar="N", help="only the newest N commits")

    schema = add("schema", "cli.help.schema")
    schema.add_argument(
        "--workspace", action="store_true", help="the schema of gathertui.toml instead"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    first = _first_word(arguments)
    # `gathertui [PATH]`, or `gathertui --help`, or a command (after --lang or not).
    if first not in (*SUBCOMMANDS, "--version"):
        from gathertui import tui_launch

        return tui_launch.run(arguments)
    wants_help = "-h" in arguments or "--help" in arguments
    lang = help_language(arguments) if wants_help else "en"
    parser = build_parser(lang)
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

"""`gathertui check [PATH...]`: one line per problem; exit 0 clean, 1 errors, 2 bad path.

`gathertui check --explain CODE` explains a problem code instead, and checks nothing.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path
from textwrap import fill

from gathertui.commands.common import language_for, say
from gathertui.glance import SETTINGS_FILE
from gathertui.i18n import msg
from gathertui.planning import plan_problems, workspace_problems
from gathertui.planning.codes import CODES, close_codes, explanation
from gathertui.planning.silence import audible, silence_problems
from gathertui.problems import Problem, Severity
from gathertui.storage import LoadError, load_settings
from gathertui.storage.workspace import Workspace, open_workspace, read_plan_file
from gathertui.text import one_line


def _file_problems(path: Path, workspaces: dict[Path, Workspace]) -> list[Problem]:
    """One plan file, against its siblings too: a hall or a person may be double-booked
    by another plan. Each folder is read once, however many of its files a hook names."""
    plan_file = read_plan_file(path)
    if plan_file.loaded is None:
        return plan_file.problems
    folder = path.parent.resolve()
    if folder not in workspaces:
        workspaces[folder] = open_workspace(path.parent)
    workspace = workspaces[folder]
    return plan_problems(plan_file.loaded, workspace.preferences, workspace.neighbours(path))


def _settings_file_problems(path: Path) -> list[Problem]:
    """gathertui.toml checked alone: its load problems, or its notices and `silence`."""
    try:
        loaded = load_settings(path)
    except LoadError as error:
        return error.problems
    return audible([*loaded.source.notices, *silence_problems(loaded)], loaded.model)


def explain(code: str, lang: str) -> int:
    """Print what `code` means, why it matters and how to fix it; 2 if there is no such code."""
    # As copied from a line of `check`, brackets and all.
    code = code.strip().strip("[]").strip().lower()
    if code not in CODES:
        close = close_codes(code)
        hint: object = ""
        if len(close) == 1:
            hint = msg("hint.did_you_mean", word=close[0])
        elif close:
            hint = msg("hint.did_you_mean_one_of", words=", ".join(f'"{c}"' for c in close))
        say(lang, "cli.unknown_code", code=one_line(code), hint=hint)
        return 2
    width = min(shutil.get_terminal_size().columns, 88)
    texts = [m.render(lang) for m in explanation(code)]
    # A TOML example keeps its lines; sentences are wrapped to the terminal.
    paragraphs = [
        text if "\n" in text else fill(text, width, break_on_hyphens=False, break_long_words=False)
        for text in texts
    ]
    print("\n\n".join(paragraphs))
    return 0


def run(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.paths] or [Path("plans") if Path("plans").is_dir() else Path()]
    lang = language_for(args.lang, paths)
    if args.explain is not None:
        return explain(args.explain, lang)
    problems: list[Problem] = []
    files = 0
    status = 0
    workspaces: dict[Path, Workspace] = {}
    for path in paths:
        if path.is_dir():
            workspace = open_workspace(path)
            files += len(workspace.plans) + (workspace.settings is not None)
            problems += workspace_problems(workspace)
        elif path.is_file() and path.name == SETTINGS_FILE:
            files += 1
            problems += _settings_file_problems(path)
        elif path.is_file():
            files += 1
            problems += _file_problems(path, workspaces)
        else:
            say(lang, "cli.no_such_path", path=path)
            status = 2
    for problem in problems:
        print(problem.render(lang))
    errors = sum(p.severity is Severity.ERROR for p in problems)
    if problems:
        # Information (a plan beside a tourism-calendar event) is listed, not counted.
        warnings = sum(p.severity is Severity.WARNING for p in problems)
        say(
            lang,
            "cli.summary",
            errors=msg("count.errors", count=errors),
            warnings=msg("count.warnings", count=warnings),
            files=msg("count.files", count=files),
        )
    return status or (1 if errors else 0)

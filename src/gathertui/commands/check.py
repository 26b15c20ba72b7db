"""`gathertui check [PATH...]`: one line per problem; exit 0 clean, 1 errors, 2 bad path."""

from __future__ import annotations

import argparse
from pathlib import Path

from gathertui.commands.common import language_for, say
from gathertui.glance import SETTINGS_FILE
from gathertui.planning import plan_problems, workspace_problems
from gathertui.problems import Problem, Severity
from gathertui.storage import LoadError, load_settings
from gathertui.storage.workspace import open_workspace, read_plan_file, workspace_of


def _file_problems(path: Path) -> list[Problem]:
    if path.name == SETTINGS_FILE:
        try:
            return list(load_settings(path).source.notices)
        except LoadError as error:
            return error.problems
    workspace = workspace_of(path)
    plan_file = read_plan_file(path)
    if plan_file.loaded is None:
        return plan_file.problems
    return plan_problems(plan_file.loaded, workspace.preferences)


def run(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.paths] or [Path("plans") if Path("plans").is_dir() else Path()]
    lang = language_for(args.lang, paths)
    problems: list[Problem] = []
    files = 0
    status = 0
    for path in paths:
        if path.is_dir():
            workspace = open_workspace(path)
            files += len(workspace.plans) + (workspace.settings is not None)
            problems += workspace_problems(workspace)
        elif path.is_file():
            files += 1
            problems += _file_problems(path)
        else:
            say(lang, "cli.no_such_path", path=path)
            status = 2
    for problem in problems:
        print(problem.render(lang))
    errors = sum(p.severity is Severity.ERROR for p in problems)
    if problems:
        # Information (a plan beside a tourism-calendar event) is listed, not counted.
        warnings = sum(p.severity is Severity.WARNING for p in problems)
        say(lang, "cli.summary", errors=errors, warnings=warnings, files=files)
    return status or (1 if errors else 0)

"""`gathertui check [PATH...]`: one line per problem; exit 0 clean, 1 errors, 2 bad path.

`gathertui check --explain CODE` explains a problem code instead, and checks nothing.
"""

from __future__ import annotations

import argparse
import shutil
from collections import Counter
from pathlib import Path
from textwrap import fill

from gathertui.commands.common import language_for, say
from gathertui.commands.progress_line import INTERRUPTED, progress_line
from gathertui.glance import SETTINGS_FILE, plan_paths
from gathertui.i18n import msg
from gathertui.planning.codes import CODES, close_codes, explanation
from gathertui.problems import Problem, Severity, counted
from gathertui.progress import Progress
from gathertui.state import WorkspaceState, collector_paused
from gathertui.text import one_line

SHOWN_PER_FILE = 100


def _state_of(
    path: Path, states: dict[Path, WorkspaceState], progress: Progress | None = None
) -> WorkspaceState:
    """The workspace a file is in, read once however many of its files a hook names: a
    plan is checked against its siblings too (a hall or a person may be double-booked
    by another plan), and the settings against the plans (the semester targets)."""
    state = _workspace(path.parent, states, progress)
    if path.name != SETTINGS_FILE and path not in state.files:
        state.added(path)  # a plan file by another name than *.toml
    return state


def _workspace(
    folder: Path, states: dict[Path, WorkspaceState], progress: Progress | None = None
) -> WorkspaceState:
    """The workspace `folder`, read once a run whether it is named or one of its files
    is: `check plans plans/a.toml` reads and validates each file once. One named
    another way (`plans` and `/home/.../plans`) is read again, so each problem names
    its file as it was given."""
    key = folder.resolve()
    state = states.get(key)
    if state is None or state.folder != folder:
        state = states[key] = WorkspaceState.read(folder, progress)
    return state


def _folder_state(
    folder: Path, states: dict[Path, WorkspaceState], progress: Progress | None = None
) -> WorkspaceState:
    """The workspace `folder` as `check FOLDER` shows it: its own plans only, so the one
    a file by another name than *.toml was added to is not reused."""
    state = _workspace(folder, states, progress)
    if list(state.files) == plan_paths(folder):
        return state
    return WorkspaceState.read(folder, progress)


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


def _print_problems(problems: list[Problem], lang: str) -> None:
    """Each problem's line, at most `SHOWN_PER_FILE` a file: a generated file with a
    million bad values would bury the terminal (and the first ones are the ones to fix);
    how many more each file has is said after them."""
    per_file: Counter[Path | None] = Counter()
    for problem in problems:
        per_file[problem.file] += 1
        if per_file[problem.file] <= SHOWN_PER_FILE:
            print(problem.render(lang))
    for file, count in per_file.items():
        if count > SHOWN_PER_FILE:
            more = count - SHOWN_PER_FILE
            say(lang, "cli.more_problems", count=more, path=file if file else Path())


def run(args: argparse.Namespace) -> int:
    # The collector is paused for the whole command, whose plans live until it ends; it
    # resumes once they are gone, so it never walks them.
    with collector_paused():
        return _check(args)


def _check(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.paths] or [Path("plans") if Path("plans").is_dir() else Path()]
    lang = language_for(args.lang, paths)
    if args.explain is not None:
        return explain(args.explain, lang)
    problems: list[Problem] = []
    files = 0
    status = 0
    states: dict[Path, WorkspaceState] = {}
    missing: list[Path] = []
    try:
        with progress_line(lang) as progress:
            for path in paths:
                if path.is_dir():
                    state = _folder_state(path, states, progress)
                    files += len(state.files) + (state.settings.read_as is not None)
                    problems += state.all_problems(progress)
                elif path.exists() or path.is_symlink():
                    files += 1
                    state = _state_of(path, states, progress)
                    if path.name == SETTINGS_FILE:
                        found = state.workspace_problems()
                    else:
                        found = state.located(path)
                    problems += found
                    if any(p.code == "unreadable" for p in found):
                        # A path given that cannot be read is bad usage, as a missing one.
                        status = 2
                else:
                    missing.append(path)
                    status = 2
    except KeyboardInterrupt:
        # Ctrl+C: nothing printed of a check cut short, which would look complete.
        say(lang, "cli.stopped")
        return INTERRUPTED
    # Said once the progress line is gone, not through it.
    for path in missing:
        say(lang, "cli.no_such_path", path=path)
    _print_problems(problems, lang)
    errors = sum(p.severity is Severity.ERROR for p in problems)
    if problems:
        warnings = counted(problems) - errors
        say(
            lang,
            "cli.summary",
            errors=msg("count.errors", count=errors),
            warnings=msg("count.warnings", count=warnings),
            files=msg("count.files", count=files),
        )
    return status or (1 if errors else 0)

"""What the subcommands share: messages to stderr, paths, the workspace's language."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gathertui.glance import SETTINGS_FILE, settings_language
from gathertui.i18n import LANGUAGES, resolve_language, tr

if TYPE_CHECKING:
    from gathertui.model.plan import Delegation, Plan
    from gathertui.storage.reader import Loaded


def named_delegation(plan: Plan, ident: str, lang: str) -> Delegation | None:
    """The delegation `--delegation ID` names; None, said why, if the plan has none such."""
    from gathertui.text import one_line

    for delegation in plan.delegations:
        if delegation.id == ident:
            return delegation
    ids = ", ".join(d.id for d in plan.delegations)
    key = "import.unknown_delegation" if ids else "import.no_delegations"
    say(lang, key, id=one_line(ident), ids=ids)
    return None


def say(lang: str, key: str, /, **params: Any) -> None:
    """One sentence to stderr, where messages for people go."""
    print(f"gathertui: {tr(key, lang, **params)}", file=sys.stderr)


def workspace_language(path: Path) -> str | None:
    """The `language` setting of the workspace `path` is in or is, if it names one we speak.

    Read with tomllib alone: this runs before the app's first frame, and a bad setting is
    reported by the full load anyway.
    """
    language = settings_language(path if path.is_dir() else path.parent)
    return language if language in LANGUAGES else None


def language_for(requested: str | None, paths: list[Path]) -> str:
    return resolve_language(requested, workspace_language(paths[0]) if paths else None)


def open_plan_for_command(
    path: Path, requested: str | None, missing: int = 1
) -> tuple[Loaded[Plan], str] | int:
    """The plan at `path` and the language to speak, or the exit code after saying why
    it cannot be opened (on stderr, with file, line and column). A missing file exits
    `missing`: 1 for the commands that exit 0 / 1, 2 where it is bad usage."""
    from gathertui.storage import LoadError, UnreadableFile, load_plan

    lang = language_for(requested, [path])
    if path.name == SETTINGS_FILE:
        say(lang, "cli.not_a_plan", path=path)
        return 1
    # A pipe or a device is there, but no plan: the reader says so.
    if not path.exists() or path.is_dir():
        say(lang, "cli.no_such_path", path=path)
        return missing
    try:
        return load_plan(path), lang
    except UnreadableFile as error:
        say(lang, "cli.unreadable", path=path, reason=error.reason)
        return 1
    except LoadError as error:
        for problem in error.problems:
            print(problem.render(lang), file=sys.stderr)
        return 1

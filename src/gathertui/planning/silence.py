"""Codes a workspace silences (`[settings] silence` in gathertui.toml), and the warnings
about that list itself.

A silenced code's warnings and information are left out of `gathertui check` and the
app's lists and counts. Errors are never left out: a file with one cannot be used.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from gathertui.i18n import msg
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.codes import CODES, can_silence, close_codes
from gathertui.problems import Problem, Severity
from gathertui.text import one_line


def audible(problems: Iterable[Problem], settings: WorkspaceSettings | None) -> list[Problem]:
    """The problems a person is shown: all but the silenced warnings and information."""
    silenced = set(settings.settings.silence) if settings else set()
    if not silenced:
        return list(problems)
    return [p for p in problems if p.severity is Severity.ERROR or p.code not in silenced]


def silence_problems(settings_file: Path | None, settings: WorkspaceSettings) -> list[Problem]:
    """A warning for each `silence` entry that is not a code, or names an error, at the
    entry itself in the settings file."""
    found = []
    for n, code in enumerate(settings.settings.silence):
        if can_silence(code):
            continue
        if code in CODES:
            problem = msg("check.cannot_silence", code=one_line(code))
            kind = "cannot-silence"
        else:
            close = close_codes(code)
            hint = msg("hint.did_you_mean", word=close[0]) if close else ""
            problem = msg("check.unknown_code", code=one_line(code), hint=hint)
            kind = "unknown-code"
        path = ("settings", "silence", n)
        message = msg("problem.about", entity=msg("entity.table", name="settings"), problem=problem)
        found.append(Problem(kind, Severity.WARNING, message, settings_file, path))
    return found

"""Codes a workspace silences (`[settings] silence` in gathertui.toml), and the warnings
about that list itself.

A silenced code's warnings and information are left out of `gathertui check` and the
app's lists and counts. Errors are never left out: a file with one cannot be used.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from gathertui.i18n import msg
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.codes import CODES, can_silence, close_codes
from gathertui.problems import Problem, Severity
from gathertui.storage.reader import Loaded, Source
from gathertui.text import one_line

# What can follow `silence =` up to the closing bracket: strings, comments, the bracket.
_ARRAY_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#[^\n]*|\]')


def audible(problems: Iterable[Problem], settings: WorkspaceSettings | None) -> list[Problem]:
    """The problems a person is shown: all but the silenced warnings and information."""
    silenced = set(settings.settings.silence) if settings else set()
    if not silenced:
        return list(problems)
    return [p for p in problems if p.severity is Severity.ERROR or p.code not in silenced]


def silence_problems(loaded: Loaded[WorkspaceSettings]) -> list[Problem]:
    """A warning for each `silence` entry that is not a code, or names an error."""
    found = []
    for n, code in enumerate(loaded.model.settings.silence):
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
        at = _element_position(loaded.source, path)
        found.append(loaded.source.problem(kind, message, path, Severity.WARNING, at))
    return found


def _element_position(source: Source, path: tuple[str | int, ...]) -> tuple[int, int] | None:
    """Where the `path[-1]`-th string of the list at `path[:-1]` is written, so the warning
    points at the entry rather than at `silence =`. None: the key's own place will do."""
    index = path[-1]
    key_line, key_column = source.index.position(path[:-1])
    lines = source.text.split("\n")
    offset = sum(len(line) + 1 for line in lines[: key_line - 1]) + key_column - 1
    opening = source.text.find("[", source.text.find("=", offset))
    if opening < 0:
        return None
    strings = 0
    for token in _ARRAY_TOKEN.finditer(source.text, opening + 1):
        text = token.group()
        if text == "]":
            return None
        if text.startswith("#"):
            continue
        if strings == index:
            before = source.text[: token.start()]
            return before.count("\n") + 1, token.start() - (before.rfind("\n") + 1) + 1
        strings += 1
    return None

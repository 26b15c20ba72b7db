"""Loading plans from text in tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from gathertui.model import Plan
from gathertui.problems import Problem
from gathertui.storage import LoadError
from gathertui.storage.reader import decode_source, plan_from_source

MINIMAL = """schema_version = 1

[event]
title = "Rapat"
start = 2024-03-14
"""


def load_text(text: str) -> Plan:
    return plan_from_source(decode_source(Path("plan.toml"), text.encode("utf-8")))


def problems_of(text: str) -> list[Problem]:
    try:
        load_text(text)
    except LoadError as error:
        return error.problems
    return []


def only_problem(text: str) -> tuple[int, int, str, str]:
    """(line, column, code, English message) of the single problem in `text`."""
    found = problems_of(text)
    assert len(found) == 1, [p.render("en") for p in found]
    problem = found[0]
    return problem.line, problem.column, problem.code, problem.message.render("en")


def make_unreadable(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Opening `path` is refused as by a file without read permission. Tests run as root
    on CI, where permission bits refuse nothing, so the refusal is made here."""
    real_open = Path.open
    refused = path.resolve()

    def guarded(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.resolve() == refused:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded)

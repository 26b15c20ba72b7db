"""Loading plans from text in tests."""

from __future__ import annotations

import os
import subprocess
import sys
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


def command_env(columns: int = 200) -> dict[str, str]:
    """The environment of a command run as a script runs it: nothing of the tester's own
    but the test run's fixed today and its cache of compiled catalogs (and PYTHONPATH, so
    a checkout run with its own `src` first runs that code in the command too)."""
    env = {
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "COLUMNS": str(columns),
        "GATHERTUI_TODAY": os.environ["GATHERTUI_TODAY"],
        "GATHERTUI_CACHE_DIR": os.environ["GATHERTUI_CACHE_DIR"],
    }
    if "PYTHONPATH" in os.environ:
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    return env


def run_gathertui(
    *args: str | Path, cwd: Path | None = None, columns: int = 200
) -> subprocess.CompletedProcess[str]:
    """`python -m gathertui ARGS` in its own process; never a traceback."""
    result = subprocess.run(
        [sys.executable, "-m", "gathertui", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=command_env(columns),
        timeout=60,
        check=False,
    )
    assert "Traceback" not in result.stderr + result.stdout
    return result


def journal_written() -> None:
    """Waits until the recovery journal's thread has written what it was asked to."""
    from gathertui.journal import wait_for_writes

    wait_for_writes()

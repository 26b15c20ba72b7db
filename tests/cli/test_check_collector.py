"""`gathertui check` keeps Python's cycle collector paused from its first read to its last
line (issue 18): resumed between the read and the checks, the collector would walk every
object of the plans just read. It is resumed when the command ends, however it ends."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from gathertui import cli
from gathertui.problems import Problem
from gathertui.state import WorkspaceState
from gathertui.storage import reader


@pytest.fixture
def collector_seen(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether the collector could run, each time a plan's problems were placed."""
    seen: list[bool] = []
    located = WorkspaceState.located

    def watching(self: WorkspaceState, path: Path) -> list[Problem]:
        seen.append(gc.isenabled())
        return located(self, path)

    monkeypatch.setattr(WorkspaceState, "located", watching)
    return seen


def test_paused_while_checking_and_resumed_after(
    workspace: Path, collector_seen: list[bool]
) -> None:
    assert gc.isenabled()
    plans = sorted(workspace.glob("2*.toml"))
    cli.main(["check", str(workspace), str(plans[0])])
    assert collector_seen and not any(collector_seen)
    assert gc.isenabled()


def test_resumed_when_the_check_fails(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(path: Path) -> bytes:
        assert not gc.isenabled()
        raise KeyboardInterrupt

    monkeypatch.setattr(reader, "read_file_bytes", broken)
    assert cli.main(["check", str(workspace)]) != 0
    assert gc.isenabled()


def test_left_off_when_it_was_off(workspace: Path) -> None:
    gc.disable()
    try:
        cli.main(["check", str(workspace)])
        assert not gc.isenabled()
    finally:
        gc.enable()

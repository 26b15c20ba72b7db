"""What a killed save left (`.NAME.toml.XXXXXXXX.tmp`) and the commands that read a
workspace: `fmt`, which writes, tidies it as the app does; `check`, which only reads,
leaves it and says nothing of it (issue 17)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from conftest import VISIT
from gathertui.cli import main


def leftover(folder: Path, name: str, age: float) -> Path:
    path = folder / name
    path.write_bytes(b"half a plan")
    moment = time.time() - age
    os.utime(path, (moment, moment))
    return path


def test_fmt_removes_old_temporaries_of_the_folder(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = leftover(workspace, f".{VISIT}.k3x_9q0a.tmp", 120)
    fresh = leftover(workspace, f".{VISIT}.a1b2c3d4.tmp", 5)  # a save in progress
    unrelated = leftover(workspace, ".notes.txt.k3x_9q0a.tmp", 120)
    assert main(["fmt", "--lang", "en", str(workspace)]) == 0
    assert not old.exists()
    assert fresh.exists() and unrelated.exists()
    assert f"{old}: removed, left over from a save that was interrupted" in capsys.readouterr().err


def test_fmt_of_one_plan_removes_its_own_temporaries(workspace: Path) -> None:
    mine = leftover(workspace, f".{VISIT}.k3x_9q0a.tmp", 120)
    other = leftover(workspace, ".rapat.toml.k3x_9q0a.tmp", 120)
    assert main(["fmt", "--lang", "en", str(workspace / VISIT)]) == 0
    assert not mine.exists() and other.exists()


def test_fmt_check_writes_nothing_and_removes_nothing(workspace: Path) -> None:
    old = leftover(workspace, f".{VISIT}.k3x_9q0a.tmp", 120)
    assert main(["fmt", "--check", "--lang", "en", str(workspace)]) == 0
    assert old.exists()


def test_check_leaves_them_and_says_nothing(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = leftover(workspace, f".{VISIT}.k3x_9q0a.tmp", 120)
    assert main(["check", "--lang", "en", str(workspace)]) == 0
    assert old.exists()
    out, err = capsys.readouterr()
    assert ".tmp" not in out + err

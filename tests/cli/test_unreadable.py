"""A plan file that cannot be read is a problem like any other: `check` lists it (and
exits 2 when it was named on the command line), the calendar leaves it out and says
why, and nothing crashes."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import VISIT
from gathertui.cli import main
from helpers import make_unreadable


def test_check_of_the_workspace_lists_the_unreadable_plan(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    make_unreadable(monkeypatch, workspace / VISIT)
    assert main(["check", "--lang", "en", str(workspace)]) == 1
    out, err = capsys.readouterr()
    assert out == (
        f"{workspace / VISIT}:1:1: error: the file cannot be read: permission denied [unreadable]\n"
    )
    assert err == "gathertui: 1 error, 0 warnings in 4 files\n"


def test_check_of_an_unreadable_path_exits_2(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    make_unreadable(monkeypatch, workspace / VISIT)
    assert main(["check", "--lang", "en", str(workspace / VISIT)]) == 2
    out, _ = capsys.readouterr()
    assert out.endswith("error: the file cannot be read: permission denied [unreadable]\n")


def test_the_other_plans_are_still_checked_against_each_other(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    gathering = workspace / "2024-s1-media-gathering.toml"
    make_unreadable(monkeypatch, workspace / VISIT)
    assert main(["check", str(gathering)]) == 0
    assert capsys.readouterr().out == ""


def test_the_calendar_leaves_the_plan_out_and_says_why(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    gathering = workspace / "2024-s1-media-gathering.toml"
    make_unreadable(monkeypatch, gathering)
    status = main(["calendar", "--lang", "en", "--year", "2024", "--semester", "1", str(workspace)])
    out, err = capsys.readouterr()
    assert status == 0
    assert f"{gathering}:1:1: error: the file cannot be read: permission denied" in err
    assert "Media Gathering Semester I 2024" not in out
    assert "June 2024" in out


def test_the_reason_is_said_in_the_language_of_the_sentence(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    make_unreadable(monkeypatch, workspace / VISIT)
    assert main(["check", "--lang", "id", str(workspace / VISIT)]) == 2
    out, _ = capsys.readouterr()
    assert out.endswith("error: berkas tidak dapat dibaca: tidak ada izin [unreadable]\n")

"""`gathertui diff`: exit 0 same, 1 different, 2 trouble; git's seven-argument form."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gathertui.cli import main
from helpers import command_env


@pytest.fixture
def changed(visit: Path, tmp_path: Path) -> Path:
    """The visit with Abd Rachman Tuwo's attendance back to confirmed."""
    copy = tmp_path / "changed.toml"
    text = visit.read_text(encoding="utf-8")
    copy.write_text(text.replace('attendance = "attended"', 'attendance = "confirmed"', 1), "utf-8")
    return copy


def test_the_same_plan_exits_0(visit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(visit), str(visit)]) == 0
    assert capsys.readouterr() == ("", "")


def test_a_changed_plan_exits_1_with_one_change_per_line(
    visit: Path, changed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", "--lang", "en", str(visit), str(changed)]) == 1
    out, err = capsys.readouterr()
    assert out == "People:\n  ~ Abd Rachman Tuwo: Attendance attended → confirmed\n"
    assert err == ""


def test_an_invalid_plan_exits_2_with_the_load_error(
    visit: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("schema_version = 1\n[event\n", encoding="utf-8")
    assert main(["diff", "--lang", "en", str(visit), str(broken)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"{broken}:2:")
    assert "Traceback" not in err


def test_a_missing_plan_exits_2(visit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "--lang", "en", str(visit), "nowhere.toml"]) == 2
    assert "nowhere.toml" in capsys.readouterr().err


def test_three_files_are_bad_usage(visit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "--lang", "en", str(visit), str(visit), str(visit)]) == 2
    assert "seven arguments" in capsys.readouterr().err


def test_git_seven_arguments_for_a_new_plan(
    visit: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hex_ = "0" * 40
    arguments = ["visit.toml", os.devnull, hex_, "100644", str(visit), hex_, "100644"]
    assert main(["diff", "--lang", "en", *arguments]) == 0
    assert capsys.readouterr().out == "Changes in visit.toml:\n  a new plan\n"


def test_git_seven_arguments_compare_the_second_and_fifth(
    visit: Path, changed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hex_ = "0" * 40
    arguments = ["plans/visit.toml", str(visit), hex_, "100644", str(changed), hex_, "100644"]
    # Git takes any exit but 0 as the command failing.
    assert main(["diff", "--lang", "id", *arguments]) == 0
    out, _ = capsys.readouterr()
    assert out == (
        "Perubahan pada plans/visit.toml:\n"
        "Peserta:\n"
        "  ~ Abd Rachman Tuwo: Kehadiran hadir → terkonfirmasi\n"
    )


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_git_uses_it_as_the_diff_driver(visit: Path, changed: Path, tmp_path: Path) -> None:
    repository = tmp_path / "repository"
    repository.mkdir()
    plan = repository / "visit.toml"
    shutil.copy(visit, plan)
    env = {**command_env(), "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(tmp_path)}

    def git(*args: str) -> str:
        done = subprocess.run(
            ["git", "-c", "user.name=T", "-c", "user.email=t@example.org", *args],
            cwd=repository,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
        )
        return done.stdout

    git("init", "-q")
    (repository / ".gitattributes").write_text("*.toml diff=gathertui\n", encoding="utf-8")
    # As `gathertui diff` would run from an installed script.
    command = f"{shlex.quote(sys.executable)} -m gathertui diff --lang en"
    git("config", "diff.gathertui.command", command)
    git("add", ".")
    git("commit", "-qm", "first")
    shutil.copy(changed, plan)
    assert git("diff") == (
        "Changes in visit.toml:\nPeople:\n  ~ Abd Rachman Tuwo: Attendance attended → confirmed\n"
    )

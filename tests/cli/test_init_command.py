"""`gathertui init`: what it says, its exit codes, and the repository it makes at work:
the pre-commit hook refusing a broken plan, `git diff` and `git show` in words."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import VISIT
from gathertui.cli import main
from git_helpers import git, isolate_git


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    isolate_git(monkeypatch, tmp_path / "home")
    return tmp_path / "home"


@pytest.fixture
def repository(workspace: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The example workspace (in Indonesian) made a repository by `gathertui init`, and
    committed through its hook."""
    assert main(["init", str(workspace)]) == 0
    capsys.readouterr()
    git(workspace, "add", "-A")
    git(workspace, "commit", "-qm", "The examples")
    return workspace


def test_it_says_each_thing_it_did_then_nothing_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "plans"
    assert main(["init", "--lang", "en", str(folder)]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert lines[:3] == [
        f"gathertui: made the folder {folder}",
        f"gathertui: made a git repository in {folder}",
        f"gathertui: wrote {folder / 'gathertui.toml'}",
    ]
    assert len(lines) == 11
    assert "gathertui: git config (this repository only): diff.gathertui.command = " in lines[6]
    assert lines[-1].startswith("gathertui: installed the pre-commit hook ")

    assert main(["init", "--lang", "id", str(folder)]) == 0
    assert capsys.readouterr().err == (
        f"gathertui: tidak ada yang perlu dilakukan: {folder} sudah menjadi workspace dalam git\n"
    )


def test_the_folder_defaults_to_the_current_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["init", "--lang", "en"]) == 0
    assert (tmp_path / ".git" / "hooks" / "pre-commit").is_file()
    assert "made a git repository in ." in capsys.readouterr().err


def test_a_foreign_hook_is_said_and_the_exit_is_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "plans"
    git(tmp_path, "init", "-q", str(folder))
    hook = folder / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    assert main(["init", "--lang", "en", str(folder)]) == 0
    assert "is a pre-commit hook of someone else's: left as it is" in capsys.readouterr().err
    assert hook.read_text(encoding="utf-8") == "#!/bin/sh\nexit 0\n"


def test_no_git_exits_2_with_a_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    assert main(["init", "--lang", "en", str(tmp_path)]) == 2
    assert capsys.readouterr().err == (
        "gathertui: git is not installed, or not on the PATH: install it "
        "(https://git-scm.com) and run gathertui init again\n"
    )


def test_a_file_for_a_folder_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "plans.toml"
    file.write_text("", encoding="utf-8")
    assert main(["init", "--lang", "en", str(file)]) == 2
    assert capsys.readouterr().err == f"gathertui: {file} is a file, not a folder\n"


def test_the_hook_refuses_a_broken_plan(repository: Path) -> None:
    plan = repository / VISIT
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace('venue = "lokakrida"', 'venue = "aula"', 1), encoding="utf-8")
    git(repository, "add", VISIT)
    refused = git(repository, "commit", "-qm", "A broken plan", check=False)
    assert refused.returncode != 0
    assert "[unknown-reference]" in refused.stdout + refused.stderr
    assert "commit dihentikan" in refused.stderr
    assert git(repository, "log", "--format=%s").stdout == "The examples\n"


def test_the_hook_refuses_a_plan_not_in_canonical_form(repository: Path) -> None:
    plan = repository / VISIT
    plan.write_text(plan.read_text(encoding="utf-8") + "\n\n", encoding="utf-8")
    git(repository, "add", VISIT)
    refused = git(repository, "commit", "-qm", "Blank lines", check=False)
    assert refused.returncode != 0
    assert f"akan diformat ulang: {VISIT}" in refused.stderr


def test_the_hook_lets_other_toml_files_through(repository: Path) -> None:
    (repository / "tools").mkdir()
    (repository / "tools" / "pyproject.toml").write_text("[project\n", encoding="utf-8")
    git(repository, "add", "-A")
    assert git(repository, "commit", "-qm", "Not a plan", check=False).returncode == 0


def test_git_diff_and_git_show_say_the_change_in_words(repository: Path) -> None:
    plan = repository / VISIT
    text = plan.read_text(encoding="utf-8")
    plan.write_text(
        text.replace('attendance = "attended"', 'attendance = "confirmed"', 1), encoding="utf-8"
    )
    assert git(repository, "diff").stdout == (
        f"Perubahan pada {VISIT}:\n"
        "Peserta:\n"
        "  ~ Abd Rachman Tuwo: Kehadiran hadir → terkonfirmasi\n"
    )
    git(repository, "commit", "-qam", "Confirmed")
    shown = git(repository, "show", "--format=", "--no-color").stdout.splitlines()
    assert "-people › abd-rachman-tuwo › attendance = attended" in shown
    assert "+people › abd-rachman-tuwo › attendance = confirmed" in shown

"""The git runner: output as text, failures as exceptions with git's words, timeouts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from gathertui.vcs import git
from gathertui.vcs.git import GitError, GitMissing, GitTimeout, repository_root, run_git


def test_a_folder_outside_any_repository_has_no_root(tmp_path: Path) -> None:
    assert repository_root(tmp_path) is None


def test_the_root_of_a_new_repository_is_found_from_a_file_inside(tmp_path: Path) -> None:
    run_git(["init", "-q"], tmp_path, check=True)
    (tmp_path / "plans").mkdir()
    plan = tmp_path / "plans" / "visit.toml"
    plan.write_text("", encoding="utf-8")
    assert repository_root(plan) == tmp_path.resolve()


def test_a_failing_command_raises_with_gits_last_words(tmp_path: Path) -> None:
    with pytest.raises(GitError) as raised:
        run_git(["log"], tmp_path, check=True)
    assert "not a git repository" in raised.value.reason


def test_no_git_on_the_path_is_said(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(git, "git_executable", lambda: None)
    with pytest.raises(GitMissing):
        run_git(["status"], tmp_path)
    assert repository_root(tmp_path) is None


def test_a_command_that_does_not_answer_times_out(tmp_path: Path) -> None:
    # An alias that sleeps stands for a server that never answers.
    run_git(["init", "-q"], tmp_path, check=True)
    with pytest.raises(GitTimeout):
        run_git(["-c", "alias.wait=!sleep 5", "wait"], tmp_path, timeout=0.3)


def test_a_status_leaves_the_index_alone(tmp_path: Path) -> None:
    """The header's status runs while a sync may be adding files: if it refreshed the
    index it would hold index.lock, and the sync's `git add` would fail."""
    run_git(["init", "-q"], tmp_path, check=True)
    plan = tmp_path / "visit.toml"
    plan.write_text("[event]\n", encoding="utf-8")
    run_git(["add", "visit.toml"], tmp_path, check=True)
    index = tmp_path / ".git" / "index"
    before = index.read_bytes()
    # The same content with a new time: a status that may lock would write the index.
    os.utime(plan, (1_700_000_000, 1_700_000_000))
    run_git(["status", "--porcelain"], tmp_path, check=True)
    assert index.read_bytes() == before

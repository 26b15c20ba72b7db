"""Git in tests: the tester's own git config, hooks and identity never take part."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from helpers import command_env

IDENTITY = {
    "GIT_AUTHOR_NAME": "Ayu Wulandari",
    "GIT_AUTHOR_EMAIL": "ayu@example.org",
    "GIT_COMMITTER_NAME": "Ayu Wulandari",
    "GIT_COMMITTER_EMAIL": "ayu@example.org",
}


def git_isolation(home: Path) -> dict[str, str]:
    """No system or global config (a global core.hooksPath would take our hook away),
    and no repository above `home` to be found."""
    home.mkdir(parents=True, exist_ok=True)
    return {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": str(home / ".gitconfig"),
        "GIT_CEILING_DIRECTORIES": str(home.parent),
        **IDENTITY,
    }


def isolate_git(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    """The same for git run by the code under test, in this process."""
    for name, value in git_isolation(home).items():
        monkeypatch.setenv(name, value)


def git(repository: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """`git ARGS` as a person would run it in a terminal: hooks and drivers run the
    gathertui commands with this test run's code (command_env keeps PYTHONPATH)."""
    env = {**command_env(), **git_isolation(Path(os.environ["HOME"]))}
    return subprocess.run(
        ["git", *args],
        cwd=repository,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=check,
    )

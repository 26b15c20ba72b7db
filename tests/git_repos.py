"""Temporary git repositories for the sync tests: a bare remote and clones of it.

git reads no config of the tester's: HOME and the global config point into the test's
folder, so "git has no name and email" can be tested too.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from conftest import PLANS, VISIT
from gathertui.model.plan import Person, Plan
from gathertui.storage import canonical_text, load_plan
from gathertui.vcs.git import run_git


def isolate_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(home / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for variable in ("GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.delenv("GIT_COMMITTER_EMAIL", raising=False)


def git(folder: Path, *args: str) -> str:
    return run_git(list(args), folder, check=True).stdout


def sign(folder: Path, name: str) -> None:
    git(folder, "config", "user.name", name)
    git(folder, "config", "user.email", f"{name.lower()}@example.org")


def new_repository(folder: Path, name: str = "Ani") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    git(folder, "init", "-q", "-b", "main")
    sign(folder, name)
    return folder


def with_example_plan(folder: Path) -> Path:
    """The example visit and the workspace settings in `folder`, committed."""
    shutil.copyfile(PLANS / VISIT, folder / VISIT)
    shutil.copyfile(PLANS / "gathertui.toml", folder / "gathertui.toml")
    git(folder, "add", ".")
    git(folder, "commit", "-q", "-m", "The visit")
    return folder / VISIT


def remote_and_clones(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A bare remote holding the example visit, and two clones signed Ani and Budi."""
    remote = tmp_path / "remote.git"
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(remote))
    seed = new_repository(tmp_path / "seed")
    with_example_plan(seed)
    git(seed, "remote", "add", "origin", str(remote))
    git(seed, "push", "-q", "-u", "origin", "main")
    clones = []
    for name in ("Ani", "Budi"):
        clone = tmp_path / name.lower()
        git(tmp_path, "clone", "-q", str(remote), str(clone))
        sign(clone, name)
        clones.append(clone)
    return remote, clones[0], clones[1]


def edit_plan(path: Path, **update: object) -> Plan:
    plan = load_plan(path).model.model_copy(update=update)
    path.write_text(canonical_text(plan), encoding="utf-8")
    return plan


def add_person(path: Path, ident: str, name: str) -> Plan:
    plan = load_plan(path).model
    return edit_plan(path, people=[*plan.people, Person(id=ident, name=name)])


def set_minutes(path: Path, item: str, minutes: int) -> Plan:
    plan = load_plan(path).model
    agenda = [i.model_copy(update={"minutes": minutes}) if i.id == item else i for i in plan.agenda]
    return edit_plan(path, agenda=agenda)


def use_merge_driver(clone: Path) -> None:
    (clone / ".gitattributes").write_text("*.toml merge=gathertui\n", encoding="utf-8")
    driver = f"{sys.executable} -m gathertui merge %O %A %B"
    git(clone, "config", "merge.gathertui.driver", driver)

"""`gathertui init`'s core: a folder made a workspace under git, idempotently."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest

from conftest import ROOT
from gathertui.i18n import Message
from gathertui.storage import load_settings
from gathertui.vcs.git import run_git
from gathertui.vcs.setup import (
    ATTRIBUTES,
    HOOK_MARKER,
    IGNORED,
    SetupError,
    git_config,
    launcher,
    set_up,
    sh_quote,
)
from git_helpers import isolate_git

FOREIGN_HOOK = "#!/bin/sh\n# lint the office's scripts\nexit 0\n"


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    isolate_git(monkeypatch, tmp_path / "home")
    return tmp_path / "home"


def keys(messages: list[Message]) -> list[str]:
    return [m.key for m in messages]


def config(folder: Path, scope: str, key: str) -> str | None:
    result = run_git(["config", scope, "--get", key], folder)
    return result.stdout.rstrip("\n") if result.ok else None


def test_an_empty_folder_becomes_a_workspace_under_git(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    outcome = set_up(folder)
    assert keys(outcome.done) == [
        "init.made_folder",
        "init.git_init",
        "init.wrote",
        "init.wrote",
        *["init.config_set"] * 5,
        "init.wrote",
        "init.hook_written",
    ]
    assert outcome.notices == []
    assert (folder / ".git").is_dir()
    assert load_settings(folder / "gathertui.toml").model.organization is None
    assert ATTRIBUTES[0] in (folder / ".gitattributes").read_text(encoding="utf-8").splitlines()
    ignored = (folder / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert set(IGNORED) <= set(ignored)
    # Each pattern of the file is said why, in a comment.
    assert ignored[0].startswith("# gathertui:")
    for key, value in git_config(launcher()).items():
        assert config(folder, "--local", key) == value
        assert config(folder, "--global", key) is None
    hook = folder / ".git" / "hooks" / "pre-commit"
    text = hook.read_text(encoding="utf-8")
    assert text.startswith("#!/bin/sh\n")
    assert HOOK_MARKER in text
    assert os.name == "nt" or hook.stat().st_mode & stat.S_IXUSR


def test_the_files_it_writes_are_ignored_or_attributed_as_meant(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    set_up(folder)
    for name in ("undangan.pdf", "rundown.html", "acara.ics", "peserta.xlsx", "peserta.csv"):
        assert run_git(["check-ignore", "-q", name], folder).ok, name
    for name in ("acara.toml", "gathertui.toml", "catatan.md", "logo.png"):
        assert not run_git(["check-ignore", "-q", name], folder).ok, name
    # The temporary file of atomic_write: `.<name>.<random>.tmp`.
    assert run_git(["check-ignore", "-q", ".acara.toml.x1y2z3.tmp"], folder).ok
    attributes = run_git(["check-attr", "merge", "diff", "--", "acara.toml"], folder).stdout
    assert attributes == "acara.toml: merge: gathertui\nacara.toml: diff: gathertui\n"


def test_twice_is_nothing_to_do(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    set_up(folder)
    before = {p: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    outcome = set_up(folder)
    assert outcome.done == []
    assert outcome.notices == []
    assert {p: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before


def test_an_existing_repository_is_adopted_and_its_files_kept(tmp_path: Path) -> None:
    root = tmp_path / "kantor"
    folder = root / "plans"
    folder.mkdir(parents=True)
    run_git(["init", "-q"], root, check=True)
    theirs = b"*.png binary\r\n*.toml   merge=gathertui  diff=gathertui"
    (folder / ".gitattributes").write_bytes(theirs)
    (folder / ".gitignore").write_text("# ours\n*.pdf\n", encoding="utf-8")
    hook = root / ".git" / "hooks" / "pre-commit"
    hook.write_text(FOREIGN_HOOK, encoding="utf-8")

    outcome = set_up(folder)
    assert "init.git_init" not in keys(outcome.done)
    assert not (folder / ".git").exists()
    assert "init.updated" in keys(outcome.done)
    # The line was there (spaces apart): nothing added, line endings kept.
    assert (folder / ".gitattributes").read_bytes() == theirs
    ignored = (folder / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert ignored[:3] == ["# ours", "*.pdf", ""]
    assert ignored.count("*.pdf") == 1
    assert set(IGNORED) <= set(ignored)
    # Someone else's hook is said and left alone.
    assert keys(outcome.notices) == ["init.hook_foreign"]
    assert hook.read_text(encoding="utf-8") == FOREIGN_HOOK
    assert config(root, "--local", "merge.gathertui.driver") == f"{launcher()} merge %O %A %B"

    again = set_up(folder)
    assert again.done == []
    assert keys(again.notices) == ["init.hook_foreign"]


def test_an_attributes_file_without_the_line_gets_it_once(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / ".gitattributes").write_bytes(b"*.png binary\r\n")
    set_up(folder)
    set_up(folder)
    text = (folder / ".gitattributes").read_bytes().decode("utf-8")
    assert text.startswith("*.png binary\r\n\r\n# gathertui:")
    assert text.endswith(f"\r\n{ATTRIBUTES[0]}\r\n")
    assert text.count(ATTRIBUTES[0]) == 1


def test_another_gathertui_rewrites_the_config_and_its_own_hook(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    set_up(folder, command=sh_quote("/old venv/bin/gathertui"))
    outcome = set_up(folder)
    assert keys(outcome.done) == [*["init.config_set"] * 3, "init.hook_updated"]
    hook = (folder / ".git" / "hooks" / "pre-commit").read_text(encoding="utf-8")
    assert "/old venv/" not in hook


def test_the_launcher_is_absolute_and_quoted_for_sh() -> None:
    command = launcher()
    assert command.startswith("'/") or command[1:3] == ":/" or " -m gathertui" in command
    assert "\\" not in command
    assert sh_quote("it's") == "'it'\\''s'"


def test_no_git_on_the_path_is_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    with pytest.raises(SetupError) as raised:
        set_up(tmp_path / "plans")
    assert raised.value.message.key == "init.no_git"
    assert not (tmp_path / "plans").exists()


def test_a_file_in_the_folders_place_is_refused(tmp_path: Path) -> None:
    file = tmp_path / "plans"
    file.write_text("", encoding="utf-8")
    with pytest.raises(SetupError) as raised:
        set_up(file)
    assert raised.value.message.key == "init.not_a_folder"


def test_a_bare_repository_is_refused(tmp_path: Path) -> None:
    bare = tmp_path / "remote.git"
    run_git(["init", "-q", "--bare", str(bare)], tmp_path, check=True)
    with pytest.raises(SetupError) as raised:
        set_up(bare)
    assert raised.value.message.key == "init.not_work_tree"


def test_the_hooks_offered_to_the_pre_commit_framework_run_real_commands() -> None:
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert re.findall(r"^- id: (\S+)$", text, re.MULTILINE) == ["gathertui-check", "gathertui-fmt"]
    entries = re.findall(r"^  entry: gathertui (.+)$", text, re.MULTILINE)
    assert entries == ["check", "fmt --check"]
    for pattern in re.findall(r"^  files: (.+)$", text, re.MULTILINE):
        assert re.search(pattern, "plans/2024-s1-media-gathering.toml")
        assert re.search(pattern, "plans/gathertui.toml")
        assert not re.search(pattern, "pyproject.toml")

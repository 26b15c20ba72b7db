"""The plan files of a folder are listed from one listing of it (issue 18), and they are
the files `glob("*.toml")` finds: symbolic links to files too, by name, never
gathertui.toml, a folder, a dangling link or a pipe."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from gathertui.glance import plan_paths


def _globbed(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.toml") if p.name != "gathertui.toml" and p.is_file())


def test_the_files_glob_finds(tmp_path: Path) -> None:
    for name in ("b.toml", "a.toml", ".hidden.toml", "gathertui.toml", "notes.txt", "c.TOMLX"):
        (tmp_path / name).write_text("", encoding="utf-8")
    (tmp_path / "folder.toml").mkdir()
    (tmp_path / "link.toml").symlink_to(tmp_path / "a.toml")
    (tmp_path / "dangling.toml").symlink_to(tmp_path / "gone.toml")
    (tmp_path / "to-folder.toml").symlink_to(tmp_path / "folder.toml")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.toml")
    found = plan_paths(tmp_path)
    assert found == _globbed(tmp_path)
    assert [p.name for p in found] == [".hidden.toml", "a.toml", "b.toml", "link.toml"]
    assert all(p.parent == tmp_path for p in found)


@pytest.mark.parametrize("folder", ["missing", "a-file"])
def test_no_folder_no_plans(tmp_path: Path, folder: str) -> None:
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    assert plan_paths(tmp_path / folder) == []

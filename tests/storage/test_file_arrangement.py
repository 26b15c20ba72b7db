"""Saves keep files as the person arranged them: links, read-only marks, no litter."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
import time
from pathlib import Path

import pytest

from gathertui.i18n.os_errors import os_reason
from gathertui.storage import load_plan, save
from gathertui.storage.atomic import ReadOnlyFile, remove_stale_temporaries, write_atomic

TITLE = "Kunjungan Kerja (revisi)"
needs_links = pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need rights")


def _save_edited(path: Path) -> None:
    loaded = load_plan(path)
    loaded.model.event.title = TITLE
    save(loaded.source, loaded.model)


@needs_links
def test_a_linked_plan_is_written_through_to_its_target(
    visit: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_folder = tmp_path / "elsewhere"
    real_folder.mkdir()
    real = real_folder / visit.name
    visit.rename(real)
    visit.symlink_to(real)
    folders: list[Path] = []
    mkstemp = tempfile.mkstemp

    def recording(*args: object, **kwargs: object) -> tuple[int, str]:
        folders.append(Path(str(kwargs["dir"])))
        return mkstemp(*args, **kwargs)  # type: ignore[call-overload,no-any-return]

    monkeypatch.setattr(tempfile, "mkstemp", recording)
    _save_edited(visit)
    assert visit.is_symlink() and visit.resolve() == real.resolve()
    assert TITLE in real.read_text(encoding="utf-8")
    # Atomically, beside the target: a rename never crosses file systems.
    assert folders == [real_folder]
    assert [p.name for p in real_folder.iterdir()] == [real.name]


@needs_links
def test_a_chain_of_links_is_followed_to_its_end(visit: Path, tmp_path: Path) -> None:
    real = tmp_path / "real.toml"
    visit.rename(real)
    middle = tmp_path / "middle.toml"
    middle.symlink_to(real)
    visit.symlink_to(middle)
    write_atomic(visit, b"x = 1\n")
    assert visit.is_symlink() and middle.is_symlink()
    assert real.read_bytes() == b"x = 1\n"


def test_a_read_only_plan_is_never_replaced(visit: Path) -> None:
    original = visit.read_bytes()
    inode = visit.stat().st_ino
    visit.chmod(0o444)
    try:
        with pytest.raises(PermissionError) as error:
            _save_edited(visit)
        assert isinstance(error.value, ReadOnlyFile)
        assert visit.read_bytes() == original
        assert visit.stat().st_ino == inode
        assert stat.S_IMODE(visit.stat().st_mode) == 0o444
        assert os_reason(error.value).render("en") == "the file is marked read-only"
        assert os_reason(error.value).render("id") == "berkasnya ditandai hanya dapat dibaca"
        assert [p for p in visit.parent.iterdir() if p.name.endswith(".tmp")] == []
    finally:
        visit.chmod(0o644)


def _temporary(folder: Path, name: str, age: float) -> Path:
    path = folder / name
    path.write_bytes(b"half a plan")
    moment = time.time() - age
    os.utime(path, (moment, moment))
    return path


def test_the_next_save_removes_what_a_killed_save_left(visit: Path) -> None:
    folder = visit.parent
    old = _temporary(folder, f".{visit.name}.k3x_9q0a.tmp", 120)
    fresh = _temporary(folder, f".{visit.name}.a1b2c3d4.tmp", 5)  # a save in progress
    other = _temporary(folder, f".{visit.name}.notours.tmp", 120)
    mine = _temporary(folder, ".notes.txt.k3x_9q0a.tmp", 120)
    _save_edited(visit)
    assert not old.exists()
    assert fresh.exists() and other.exists() and mine.exists()


def test_reading_the_workspace_removes_old_temporaries_of_plans(workspace: Path) -> None:
    old = _temporary(workspace, ".rapat.toml.abcdefgh.tmp", 120)
    fresh = _temporary(workspace, ".rapat.toml.abcdefgi.tmp", 1)
    settings = _temporary(workspace, ".gathertui.toml.zzzzzzzz.tmp", 120)
    unrelated = _temporary(workspace, ".rapat.csv.abcdefgh.tmp", 120)
    assert sorted(remove_stale_temporaries(workspace)) == sorted([old, settings])
    assert fresh.exists() and unrelated.exists()

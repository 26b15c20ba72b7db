"""Saves are atomic and never overwrite a file someone else changed."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from gathertui.storage import ChangedOnDisk, load_plan, save
from gathertui.storage.atomic import write_atomic


def _edited(visit: Path):  # type: ignore[no-untyped-def]
    loaded = load_plan(visit)
    loaded.model.event.title = "Kunjungan Kerja (revisi)"
    return loaded


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_crash_mid_save_leaves_old_file(
    visit: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    original = visit.read_bytes()
    loaded = _edited(visit)

    def crash(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, failing, crash)
    with pytest.raises(OSError):
        save(loaded.source, loaded.model)
    monkeypatch.undo()
    assert visit.read_bytes() == original
    assert sorted(p.name for p in visit.parent.iterdir() if p.name.startswith(".")) == []


def test_crash_during_write_leaves_old_file(visit: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = visit.read_bytes()
    real_fdopen = os.fdopen

    class Failing:
        def __init__(self, handle: int, mode: str) -> None:
            self.file = real_fdopen(handle, mode)

        def __enter__(self) -> Failing:
            return self

        def __exit__(self, *args: object) -> None:
            self.file.close()

        def write(self, data: bytes) -> int:
            self.file.write(data[:100])
            raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fdopen", Failing)
    with pytest.raises(OSError):
        write_atomic(visit, b"new content")
    monkeypatch.undo()
    assert visit.read_bytes() == original
    assert [p.name for p in visit.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_changed_on_disk_is_not_overwritten(visit: Path) -> None:
    loaded = _edited(visit)
    theirs = visit.read_bytes().replace(b"Lantai 8", b"Lantai 9")
    visit.write_bytes(theirs)
    with pytest.raises(ChangedOnDisk) as error:
        save(loaded.source, loaded.model)
    assert visit.read_bytes() == theirs
    assert error.value.theirs == theirs
    assert b"Kunjungan Kerja (revisi)" in error.value.ours
    # The user chose "overwrite".
    save(loaded.source, loaded.model, overwrite=True)
    assert b"Kunjungan Kerja (revisi)" in visit.read_bytes()


def test_deleted_on_disk_counts_as_changed(visit: Path) -> None:
    loaded = _edited(visit)
    visit.unlink()
    with pytest.raises(ChangedOnDisk) as error:
        save(loaded.source, loaded.model)
    assert error.value.theirs is None
    assert not visit.exists()


def test_save_keeps_file_mode_and_returns_new_source(visit: Path) -> None:
    visit.chmod(0o640)
    loaded = _edited(visit)
    source = save(loaded.source, loaded.model)
    assert stat.S_IMODE(visit.stat().st_mode) == 0o640
    assert source.raw == visit.read_bytes()
    # A second save against the returned source is not a conflict.
    loaded.model.event.title = "Kunjungan Kerja (revisi 2)"
    save(source, loaded.model)
    assert b"revisi 2" in visit.read_bytes()

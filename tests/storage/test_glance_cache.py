"""The glance cache the plan list's first frame is drawn from: used while a file keeps
its size and modification time, ignored when either changed or the cache is corrupt."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from gathertui import glance_cache
from gathertui.glance import Glance
from gathertui.glance_cache import cache_file, glances_kept, quick_glances

# Files older than the cache's settling time, as a workspace's files are.
LONG_AGO = 1_700_000_000


@pytest.fixture(autouse=True)
def settled_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files are kept as soon as written: setting their time changes their change time,
    which no test can put in the past."""
    monkeypatch.setattr(glance_cache, "SETTLING_NS", -(10**18))


def _plan(folder: Path, name: str, title: str, mtime: int = LONG_AGO) -> Path:
    path = folder / name
    path.write_text(
        f'[event]\ntitle = "{title}"\nkind = "visit"\nstart = 2024-03-14\n', encoding="utf-8"
    )
    os.utime(path, (mtime, mtime))
    return path


def _no_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: Path) -> Glance:
        raise AssertionError(f"{path} read despite the cache")

    monkeypatch.setattr(glance_cache, "glance_plan", refuse)


def test_the_cache_is_used_while_the_files_are_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _plan(tmp_path, "a.toml", "Rapat")
    expected = Glance(path, title="Rapat", start=date(2024, 3, 14), kind="visit")
    assert glances_kept(tmp_path) == [expected]
    assert cache_file(tmp_path).is_file()
    _no_reads(monkeypatch)
    assert quick_glances(tmp_path) == ([expected], [])
    assert glances_kept(tmp_path) == [expected]


def test_a_file_of_another_size_is_glanced_again(tmp_path: Path) -> None:
    _plan(tmp_path, "a.toml", "Rapat")
    glances_kept(tmp_path)
    # The same time, another size: a copy that kept the time of the file it replaced.
    _plan(tmp_path, "a.toml", "Rapat koordinasi")
    assert quick_glances(tmp_path)[0][0].title == "Rapat koordinasi"
    assert glances_kept(tmp_path)[0].title == "Rapat koordinasi"


def test_a_file_of_another_time_is_glanced_again(tmp_path: Path) -> None:
    _plan(tmp_path, "a.toml", "Rapat A")
    glances_kept(tmp_path)
    # The same size, another time.
    _plan(tmp_path, "a.toml", "Rapat B", mtime=LONG_AGO + 1)
    assert quick_glances(tmp_path)[0][0].title == "Rapat B"
    assert glances_kept(tmp_path)[0].title == "Rapat B"


def test_a_copy_with_the_same_size_and_time_is_glanced_again(tmp_path: Path) -> None:
    # As `cp -p` or a restore from a backup leaves it: only the change time differs.
    _plan(tmp_path, "a.toml", "Rapat A")
    glances_kept(tmp_path)
    _plan(tmp_path, "a.toml", "Rapat B")
    assert quick_glances(tmp_path)[0][0].title == "Rapat B"


def test_a_file_changed_just_now_is_not_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It may change again within the clock's tick, with the same size and times.
    monkeypatch.setattr(glance_cache, "SETTLING_NS", 2_000_000_000)
    _plan(tmp_path, "a.toml", "Rapat")  # an old modification time, a new change time
    assert [g.title for g in glances_kept(tmp_path)] == ["Rapat"]
    assert quick_glances(tmp_path)[0][0].title == "Rapat"
    assert not cache_file(tmp_path).exists()
    # Once settled, it is kept.
    monkeypatch.setattr(glance_cache, "SETTLING_NS", -(10**18))
    glances_kept(tmp_path)
    files = json.loads(cache_file(tmp_path).read_text(encoding="utf-8"))["files"]
    assert list(files) == ["a.toml"]


@pytest.mark.parametrize(
    "content",
    [
        b"not json",
        b"\xff\xfe",
        b"[]",
        b'{"version": 1}',
        b'{"version": 99, "folder": "", "files": {}}',
        b'{"version": 2, "folder": "FOLDER", "files": {"a.toml": {"size": "big"}}}',
        b'{"version": 2, "folder": "FOLDER", "files": {"a.toml": {"size": 1, "mtime_ns": 2,'
        b' "ctime_ns": 3, "title": 3, "start": null, "kind": null, "status": null,'
        b' "reason": null}}}',
        b'{"version": 2, "folder": "FOLDER", "files": {"a.toml": {"size": 1, "mtime_ns": 2,'
        b' "ctime_ns": 3, "title": null, "start": "2024-02-30", "kind": null, "status": null,'
        b' "reason": null}}}',
        b"[" * 100_000,
    ],
)
def test_a_corrupt_cache_is_ignored_and_written_anew(tmp_path: Path, content: bytes) -> None:
    path = _plan(tmp_path, "a.toml", "Rapat")
    cache = cache_file(tmp_path)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(content.replace(b"FOLDER", str(tmp_path.resolve()).encode()))
    glances, unglanced = quick_glances(tmp_path)
    assert [g.title for g in glances] == ["Rapat"] and unglanced == []
    assert glances_kept(tmp_path)[0].title == "Rapat"
    kept = json.loads(cache.read_text(encoding="utf-8"))
    assert kept["files"]["a.toml"]["size"] == path.stat().st_size


def test_files_without_a_kept_glance_wait_when_many(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(glance_cache, "AT_ONCE", 2)
    paths = [_plan(tmp_path, f"{n}.toml", f"Rapat {n}") for n in range(3)]
    # Shown by their names until the background glance, which keeps them.
    assert quick_glances(tmp_path) == ([Glance(path) for path in paths], paths)
    assert [g.title for g in glances_kept(tmp_path)] == ["Rapat 0", "Rapat 1", "Rapat 2"]
    assert [g.title for g in quick_glances(tmp_path)[0]] == ["Rapat 0", "Rapat 1", "Rapat 2"]


def test_a_removed_file_leaves_the_list_and_the_cache(tmp_path: Path) -> None:
    _plan(tmp_path, "a.toml", "A")
    _plan(tmp_path, "b.toml", "B").unlink()
    glances_kept(tmp_path)
    assert [g.title for g in quick_glances(tmp_path)[0]] == ["A"]
    files = json.loads(cache_file(tmp_path).read_text(encoding="utf-8"))["files"]
    assert list(files) == ["a.toml"]


def test_the_settings_file_and_other_files_are_no_plans(tmp_path: Path) -> None:
    _plan(tmp_path, "a.toml", "A")
    (tmp_path / "gathertui.toml").write_text("[settings]\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    (tmp_path / "folder.toml").mkdir()
    assert [g.path.name for g in glances_kept(tmp_path)] == ["a.toml"]
    assert [g.path.name for g in quick_glances(tmp_path)[0]] == ["a.toml"]


def test_a_thousand_plans_come_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(1000):
        _plan(tmp_path, f"{n:04}.toml", f"Rapat {n}")
    first = glances_kept(tmp_path)
    _no_reads(monkeypatch)
    assert quick_glances(tmp_path) == (first, [])

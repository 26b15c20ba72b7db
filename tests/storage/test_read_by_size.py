"""A file is read by the size it had when looked at (issue 18), not by asking for the
limit at once; one that grew or shrank since is still read as it is, up to one byte
past the limit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from gathertui.storage import reader

BODY = b"x" * 5000


def _sized(monkeypatch: pytest.MonkeyPatch, size: int) -> None:
    """`Path.stat` says the file has `size` bytes, as if it changed since."""
    real = Path.stat

    def stat(self: Path, *, follow_symlinks: bool = True) -> os.stat_result:
        status = list(real(self, follow_symlinks=follow_symlinks))
        status[6] = size  # st_size
        return os.stat_result(status)

    monkeypatch.setattr(Path, "stat", stat)


@pytest.mark.parametrize("size", [0, 100, len(BODY), 10_000])
def test_the_file_as_it_is_whatever_its_size_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    path = tmp_path / "plan.toml"
    path.write_bytes(BODY)
    _sized(monkeypatch, size)
    assert reader.read_file_bytes(path) == BODY


@pytest.mark.parametrize("size", [100, 999, 1000, 1001, len(BODY)])
def test_one_byte_past_the_limit_at_most(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    path = tmp_path / "plan.toml"
    path.write_bytes(BODY)
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 1000)
    _sized(monkeypatch, size)
    assert reader.read_file_bytes(path) == BODY[:1001]

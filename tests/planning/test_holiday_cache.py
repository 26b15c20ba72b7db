"""The holidays package is asked once per year and installed version; later runs read
its answer from the cache folder (issue 18: importing it cost `check` 0.15 s)."""

from __future__ import annotations

import pytest

from gathertui.planning import holiday_cache


def test_the_answer_is_kept_and_read_back(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = holiday_cache.indonesian_holidays(2031)
    assert asked
    path = holiday_cache._cache_path(2031)
    assert path is not None and path.is_file()

    def not_again(year: int) -> list[object]:
        raise AssertionError("asked the package again")

    monkeypatch.setattr(holiday_cache, "_asked", not_again)
    assert holiday_cache.indonesian_holidays(2031) == asked


@pytest.mark.parametrize("kept", ["{}", "not json", '[["2031-13-01", "x"]]', "[1]"])
def test_a_broken_cache_is_asked_again(kept: str) -> None:
    asked = holiday_cache._asked(2032)
    path = holiday_cache._cache_path(2032)
    assert path is not None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(kept, encoding="utf-8")
    assert holiday_cache.indonesian_holidays(2032) == asked
    assert holiday_cache.indonesian_holidays(2032) == asked

"""`gathertui show` gives the event's hours when its file does."""

from __future__ import annotations

from pathlib import Path

import pytest

from gathertui.cli import main

PLAN = """schema_version = 1

[event]
title = "Rapat Koordinasi"
start = 2025-03-14T09:00:00
end = 2025-03-14T12:00:00
timezone = "Asia/Makassar"

[[agenda]]
id = "pembukaan"
start = 09:30:00
minutes = 30
title = "Pembukaan"
"""


def test_show_gives_the_event_hours(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = tmp_path / "rapat.toml"
    plan.write_text(PLAN, encoding="utf-8")
    assert main(["show", "--lang", "id", str(plan)]) == 0
    out = capsys.readouterr().out
    assert "Jumat, 14 Maret 2025, 09.00–12.00 WITA" in out


def test_without_hours_show_gives_the_first_item(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "rapat.toml"
    text = PLAN.replace("T09:00:00", "").replace("end = 2025-03-14T12:00:00\n", "")
    plan.write_text(text, encoding="utf-8")
    assert main(["show", "--lang", "id", str(plan)]) == 0
    assert "Jumat, 14 Maret 2025, 09.30 WITA" in capsys.readouterr().out

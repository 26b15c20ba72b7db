"""The example visit in every text format, against reviewed golden files.

After a deliberate change, regenerate with GATHERTUI_UPDATE_GOLDEN=1 and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import PLANS, VISIT
from gathertui.exports import export
from gathertui.storage import load_plan, load_settings

GOLDEN = Path(__file__).with_name("golden")
CASES = [
    ("agenda", "md", "id"),
    ("agenda", "txt", "id"),
    ("agenda", "html", "en"),
    ("agenda", "ics", "id"),
    ("rundown", "md", "id"),
    ("attendance", "md", "id"),
    ("attendance", "html", "id"),
    ("roster", "txt", "en"),
    ("roster", "csv", "id"),
    ("salutation", "txt", "id"),
    ("salutation", "md", "en"),
]


@pytest.mark.parametrize(("what", "fmt", "lang"), CASES)
def test_example_visit_matches_its_golden_file(what: str, fmt: str, lang: str) -> None:
    plan = load_plan(PLANS / VISIT).model
    settings = load_settings(PLANS / "gathertui.toml").model
    data = export(plan, settings, what, fmt, lang, "a4")
    golden = GOLDEN / f"visit-{what}-{lang}.{fmt}"
    if os.environ.get("GATHERTUI_UPDATE_GOLDEN"):
        golden.write_bytes(data)
    assert data == golden.read_bytes()

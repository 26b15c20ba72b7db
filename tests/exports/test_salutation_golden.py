"""A realistic salutation against reviewed golden files: a deputy governor with his aide,
a Wali Kota represented by the Sekda, the Ketua DPRD, the Dandim, a Plt. Kadis, a Lurah,
a visiting delegation with its leader, the media, and a Ketua TP PKK (category other);
in both languages, with each `representative` setting.

After a deliberate change, regenerate with GATHERTUI_UPDATE_GOLDEN=1 and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from gathertui.exports import export
from gathertui.model.workspace import Preferences, WorkspaceSettings
from gathertui.storage import load_plan

HERE = Path(__file__).parent
GOLDEN = HERE / "golden"
PLAN = HERE / "reception.toml"


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("representative", ["principal", "own"])
def test_the_reception_salutation_matches_its_golden_file(lang: str, representative: str) -> None:
    plan = load_plan(PLAN).model
    settings = WorkspaceSettings(
        settings=Preferences.model_validate({"representative": representative})
    )
    data = export(plan, settings, "salutation", "txt", lang, "a4")
    golden = GOLDEN / f"reception-salutation-{representative}-{lang}.txt"
    if os.environ.get("GATHERTUI_UPDATE_GOLDEN"):
        golden.write_bytes(data)
    assert data == golden.read_bytes()

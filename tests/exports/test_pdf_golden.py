"""Every printout of the example workspace as PDF, read back with pypdf, in both
languages, against reviewed golden text: the letterhead, the "No." column, the
signature block with its NIP, the absence of internal notes, page by page.

After a deliberate change, regenerate with GATHERTUI_UPDATE_GOLDEN=1 and review the diff.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pypdf
import pytest

from conftest import PLANS, VISIT
from gathertui.cli import main
from gathertui.exports import export
from gathertui.storage import load_plan, load_settings

GOLDEN = Path(__file__).with_name("golden") / "pdf"
WHATS = ["agenda", "rundown", "attendance", "roster", "salutation"]
PAGE_BREAK = "\n---- page ----\n"


def _text(pdf: bytes) -> str:
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    return PAGE_BREAK.join(page.extract_text() for page in pages) + "\n"


def _matches(text: str, name: str) -> None:
    golden = GOLDEN / name
    if os.environ.get("GATHERTUI_UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("what", WHATS)
def test_each_printout_of_the_visit_reads_as_reviewed(what: str, lang: str) -> None:
    plan = load_plan(PLANS / VISIT).model
    settings = load_settings(PLANS / "gathertui.toml").model
    text = _text(export(plan, settings, what, "pdf", lang, "a4"))
    _matches(text, f"visit-{what}-{lang}.txt")
    # What a Kabag Protokol looks for before signing.
    assert ("NIP. 19750312 200003 2 004" if lang == "id" else "NIP 19750312 200003 2 004") in text
    assert "Contoh (example)" not in text or what == "rundown"  # notes stay internal


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_semester_calendar_reads_as_reviewed(lang: str, tmp_path: Path) -> None:
    # Made as a user makes it: the month grids come from the export command.
    out = tmp_path / "calendar.pdf"
    arguments = ["export", str(PLANS), "--what", "calendar", "--year", "2024"]
    arguments += ["--semester", "1", "--format", "pdf", "--lang", lang, "-o", str(out)]
    assert main(arguments) == 0
    text = _text(out.read_bytes())
    _matches(text, f"calendar-2024-1-{lang}.txt")
    assert "19750312 200003 2 004" in text.split(PAGE_BREAK)[-1]  # signed on its last page

"""The Export dialog offers .docx for the printouts offices edit in Word, names the file
.docx, and writes a document Word opens, with the workspace's logo on its letterhead."""

from __future__ import annotations

from pathlib import Path

import docx
from flow_helpers import SIZE, new_app
from test_export_dialog import exported, open_export_form
from textual.widgets import Input, Select
from textual.widgets._select import SelectOverlay

from gathertui.exports import SUPPORTED


def _offered(formats: Select[str]) -> list[str]:
    """The formats the list shows when it is opened, as the person reads them."""
    overlay = formats.query_one(SelectOverlay)
    return [str(overlay.get_option_at_index(n).prompt) for n in range(overlay.option_count)]


async def test_the_dialog_offers_docx_and_names_the_file_docx(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_export_form(pilot, app)
        what = form.query_one("#what", Select)
        formats = form.query_one("#format", Select)
        for printout in ("agenda", "rundown", "attendance", "roster", "salutation"):
            what.value = printout
            await pilot.pause()
            assert "DOCX" in _offered(formats), printout
        assert "docx" in SUPPORTED["rundown"]
        what.value = "rundown"
        await pilot.pause()
        # Chosen from the list with the keys, as a person chooses it: DOCX is last.
        formats.focus()
        await pilot.press("space")
        await pilot.pause()
        assert formats.expanded
        await pilot.press("end", "enter")
        await pilot.pause()
        assert formats.value == "docx"
        path = form.query_one("#path", Input)
        assert path.value == visit.stem + "-rundown-teknis.docx"
        what.value = "attendance"
        await pilot.pause()
        assert formats.value == "docx"  # kept: the sign-in sheet is offered as .docx too
        assert path.value == visit.stem + "-daftar-hadir.docx"
        path.focus()
        await pilot.press("enter")
        await exported(pilot)
    word = docx.Document(str(visit.with_name(visit.stem + "-daftar-hadir.docx")))
    texts = [paragraph.text for paragraph in word.paragraphs]
    assert "ATTENDANCE LIST" in texts  # the app speaks English here
    assert len(word.inline_shapes) == 1  # the workspace's logo.png

"""The export dialog makes the name cards, the name tags and the signs, as PDF only,
named after what they are."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
from flow_helpers import SIZE, new_app
from test_export_dialog import exported, open_export_form
from textual.widgets import Input, Select


async def test_cards_tags_and_signs_from_the_dialog(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        for what, suffix, first_words in (
            ("name-cards", "kartu-nama-meja", None),
            ("name-tags", "tanda-pengenal", "Sunarto"),
            ("signs", "papan-penunjuk", "Ruang Lokakrida"),
        ):
            form = await open_export_form(pilot, app, from_plan=what != "name-cards")
            form.query_one("#format", Select).value = "md"
            await pilot.pause()
            form.query_one("#what", Select).value = what
            await pilot.pause()
            # PDF is all they are made as: the format follows.
            assert form.query_one("#format", Select).value == "pdf"
            path = form.query_one("#path", Input)
            assert path.value == f"{visit.stem}-{suffix}.pdf"
            path.focus()
            await pilot.press("enter")
            await exported(pilot)
            data = visit.with_name(f"{visit.stem}-{suffix}.pdf").read_bytes()
            pages = pypdf.PdfReader(io.BytesIO(data)).pages
            assert len(pages) >= 1
            if first_words:
                assert first_words in pages[0].extract_text()

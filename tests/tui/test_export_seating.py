"""The Export dialog offers the seating plan: the diagram as a PDF, the list by seat in
its formats; a plan with no venue laid out is told so, and nothing is written."""

from __future__ import annotations

from pathlib import Path

from flow_helpers import SIZE, new_app, notifications
from test_export_dialog import exported, open_export_form
from textual.widgets import Input, Select

LAYOUT = "layout = { head_table = 7, rows = 10, seats_per_row = 12 }\n"


async def test_the_dialog_offers_the_diagram_and_the_list(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_export_form(pilot, app)
        form.query_one("#what", Select).value = "seating"
        await pilot.pause()
        formats = form.query_one("#format", Select)
        assert [value for _, value in formats._options if value != Select.BLANK] == ["pdf"]
        assert form.query_one("#path", Input).value == f"{visit.stem}-denah-tempat-duduk.pdf"
        form.query_one("#what", Select).value = "seating-list"
        await pilot.pause()
        offered = [value for _, value in formats._options if value != Select.BLANK]
        assert offered == ["pdf", "html", "md", "txt", "csv", "docx"]
        assert form.query_one("#path", Input).value == f"{visit.stem}-daftar-tempat-duduk.pdf"


async def test_a_plan_with_no_layout_is_told_how_to_give_one(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_export_form(pilot, app)
        form.query_one("#what", Select).value = "seating"
        await pilot.pause()
        form.query_one("#path", Input).focus()
        await pilot.press("enter")
        await exported(pilot)
        said = notifications(app)
        assert any(n.startswith("no venue has a layout: give one in the venue form") for n in said)
    assert not visit.with_name(f"{visit.stem}-denah-tempat-duduk.pdf").exists()


async def test_the_diagram_of_a_venue_laid_out(workspace: Path, visit: Path) -> None:
    text = visit.read_text(encoding="utf-8")
    visit.write_text(text.replace("capacity = 150\n", f"capacity = 150\n{LAYOUT}", 1), "utf-8")
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_export_form(pilot, app)
        form.query_one("#what", Select).value = "seating"
        await pilot.pause()
        form.query_one("#path", Input).focus()
        await pilot.press("enter")
        await exported(pilot)
    written = visit.with_name(f"{visit.stem}-denah-tempat-duduk.pdf").read_bytes()
    assert written.startswith(b"%PDF")

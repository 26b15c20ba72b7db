"""The app's export dialog writes the roster as .xlsx, and its roster import reads one."""

from __future__ import annotations

from pathlib import Path

from flow_helpers import SIZE, new_app, open_plan, pick_option, plan_data, roster_names
from openpyxl import load_workbook
from test_export_dialog import exported
from textual.widgets import Input, Select

from gathertui.tui.modals.confirm import AskText, Choice
from gathertui.tui.modals.export_form import ExportForm


async def test_roster_to_xlsx_and_back(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_plan(pilot, app)
        await pilot.press("x")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ExportForm)
        form.query_one("#what", Select).value = "roster"
        await pilot.pause()
        form.query_one("#format", Select).value = "xlsx"
        await pilot.pause()
        path = form.query_one("#path", Input)
        assert path.value == visit.stem + "-daftar-peserta.xlsx"
        path.focus()
        await pilot.press("enter")
        await exported(pilot)
        written = visit.with_name(visit.stem + "-daftar-peserta.xlsx")
        sheet = load_workbook(written).worksheets[0]
        assert sheet.freeze_panes == "A2"
        before = len(plan_data(visit)["people"])
        assert sheet.max_row == before + 1

        await app.screen.run_action("import_roster")
        await pilot.pause()
        assert isinstance(app.screen, AskText)
        app.screen.query_one(Input).value = written.name
        await pilot.press("enter")
        await pilot.pause()
        await pick_option(pilot, app, "mojokerto")
        assert isinstance(app.screen, Choice)
        assert f"Add {before} people from {written.name}?" in str(app.screen.question)
        await pilot.click("#yes")
        await pilot.pause()
        assert roster_names(app).count("Sunarto") == 2

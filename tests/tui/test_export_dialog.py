"""The Export dialog: what, format, paper, language, file; a question before replacing."""

from __future__ import annotations

from pathlib import Path

import pytest
from flow_helpers import SIZE, new_app, notifications, open_plan
from textual.pilot import Pilot
from textual.widgets import Input, Select

from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.confirm import Choice
from gathertui.tui.modals.export_form import ExportForm


async def open_export_form(
    pilot: Pilot[None], app: GathertuiApp, from_plan: bool = False
) -> ExportForm:
    """The Export dialog over the visit (opened first unless `from_plan`)."""
    if not from_plan:
        await open_plan(pilot, app)
    await pilot.press("x")
    await pilot.pause()
    assert isinstance(app.screen, ExportForm)
    return app.screen


async def exported(pilot: Pilot[None]) -> None:
    """Lets the export the dialog started finish: it runs in a thread."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_export_markdown_in_english_beside_the_plan(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_export_form(pilot, app)
        form.query_one("#format", Select).value = "md"
        form.query_one("#lang", Select).value = "en"
        await pilot.pause()
        path = form.query_one("#path", Input)
        # The suggested name follows the format until one is typed.
        assert path.value == visit.stem + "-susunan-acara.md"
        form.query_one("#what", Select).value = "attendance"
        await pilot.pause()
        assert path.value.endswith("-daftar-hadir.md")
        path.focus()
        await pilot.press("enter")
        await exported(pilot)
        written = visit.with_name(visit.stem + "-daftar-hadir.md").read_text()
        assert written.startswith("**PEMERINTAH KOTA SEMARANG**")
        assert "# ATTENDANCE LIST" in written and "| Signature |" in written
        assert any("Wrote" in n for n in notifications(app))


async def test_export_from_a_workspace_named_from_where_the_app_started(
    workspace: Path, visit: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `gathertui` alone opens "plans" of the current folder: the plan's path is relative.
    monkeypatch.chdir(workspace.parent)
    app = new_app(Path(workspace.name))
    async with app.run_test(size=SIZE) as pilot:
        form = await open_export_form(pilot, app)
        form.query_one("#format", Select).value = "md"
        await pilot.pause()
        form.query_one("#path", Input).focus()
        await pilot.press("enter")
        await exported(pilot)
        assert not isinstance(app.screen, ExportForm)
    assert visit.with_name(visit.stem + "-susunan-acara.md").is_file()


async def test_replacing_a_file_asks_first(workspace: Path, visit: Path) -> None:
    target = workspace / "acara.txt"
    target.write_text("keep me")
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_export_form(pilot, app)
        form.query_one("#format", Select).value = "txt"
        await pilot.pause()
        path = form.query_one("#path", Input)
        path.value = "acara.txt"  # a bare name: beside the plan
        path.focus()
        await pilot.press("enter")
        await exported(pilot)
        assert isinstance(app.screen, Choice)
        await pilot.press("escape")
        await pilot.pause()
        assert target.read_text() == "keep me"
        form = await open_export_form(pilot, app, from_plan=True)
        form.query_one("#format", Select).value = "txt"
        await pilot.pause()
        form.query_one("#path", Input).value = "acara.txt"
        form.query_one("#path", Input).focus()
        await pilot.press("enter")
        await exported(pilot)
        await pilot.click("#yes")
        await pilot.pause()
        assert "PROGRAMME" in target.read_text()  # the app speaks English here


async def test_a_missing_folder_is_said_and_nothing_written(workspace: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_export_form(pilot, app)
        form.query_one("#path", Input).value = str(workspace / "no" / "x.pdf")
        await pilot.pause()
        form.query_one("#path", Input).focus()
        await pilot.press("enter")
        await exported(pilot)
        assert isinstance(app.screen, ExportForm)
        assert not (workspace / "no").exists()


async def test_a_sign_in_sheet_of_one_delegation(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_export_form(pilot, app)
        delegation = form.query_one("#delegation", Select)
        assert delegation.disabled  # only sign-in sheets are per delegation
        form.query_one("#what", Select).value = "attendance"
        form.query_one("#format", Select).value = "txt"
        await pilot.pause()
        assert not delegation.disabled
        delegation.value = "mojokerto"
        form.query_one("#path", Input).focus()
        await pilot.press("enter")
        await exported(pilot)
        text = visit.with_name(visit.stem + "-daftar-hadir.txt").read_text()
        assert "Rombongan Pemkot Mojokerto" in text
        assert "Pemerintah Kota Semarang\n" not in text.split("ATTENDANCE LIST")[1]


async def test_the_mcs_salutation(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_export_form(pilot, app)
        form.query_one("#what", Select).value = "salutation"
        await pilot.pause()
        formats = form.query_one("#format", Select)
        assert formats.value == "pdf"  # kept: the salutation prints as a PDF too
        formats.value = "txt"
        form.query_one("#lang", Select).value = "id"
        await pilot.pause()
        assert form.query_one("#delegation", Select).disabled
        path = form.query_one("#path", Input)
        assert path.value == visit.stem + "-sapaan-pembawa-acara.txt"
        path.focus()
        await pilot.press("enter")
        await exported(pilot)
        text = visit.with_name(visit.stem + "-sapaan-pembawa-acara.txt").read_text()
        assert "SAPAAN PEMBAWA ACARA" in text
        assert "Yth. Asisten III Administrasi Pemerintah Kota Mojokerto, beserta rombongan;" in text
        assert "Hadirin yang berbahagia.\n" in text  # then the signature block

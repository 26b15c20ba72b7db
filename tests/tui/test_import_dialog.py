"""Import roster (CSV) from the palette: file, delegation, a summary, one undoable change."""

from __future__ import annotations

from pathlib import Path

from flow_helpers import (
    SIZE,
    new_app,
    notifications,
    open_plan,
    pick_option,
    plan_data,
    roster_names,
)
from textual.widgets import Input

from gathertui.tui.modals.confirm import AskText, Choice
from gathertui.tui.modals.pick import Pick

CSV = "Nama;Jabatan;Instansi;Kategori\nRina Wartawati;Redaktur;Suara Merdeka;cetak\n;x;y;z\n"


async def _start_import(pilot, app, name: str) -> None:  # type: ignore[no-untyped-def]
    await app.screen.run_action("import_roster")
    await pilot.pause()
    assert isinstance(app.screen, AskText)
    app.screen.query_one(Input).value = name
    await pilot.press("enter")
    await pilot.pause()


async def test_import_asks_the_delegation_and_skips_bad_rows(workspace: Path, visit: Path) -> None:
    (workspace / "media.csv").write_text(CSV)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_plan(pilot, app)
        before = len(plan_data(visit)["people"])
        await _start_import(pilot, app, "media.csv")
        await pick_option(pilot, app, "semarang")
        assert isinstance(app.screen, Choice)
        question = str(app.screen.question)
        assert "Add 1 person from media.csv?" in question
        assert "media.csv:3:" in question  # the row without a name, by its number
        await pilot.click("#yes")
        await pilot.pause()
        assert "Rina Wartawati" in roster_names(app)
        await pilot.press("ctrl+s")
        await pilot.pause()
        people = plan_data(visit)["people"]
        assert len(people) == before + 1
        added = next(p for p in people if p["name"] == "Rina Wartawati")
        assert added["delegation"] == "semarang" and added["category"] == "print"
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert "Rina Wartawati" not in roster_names(app)


async def test_a_file_that_is_no_roster_is_said(workspace: Path) -> None:
    (workspace / "bad.csv").write_text("Jabatan;Instansi\nx;y\n")
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_plan(pilot, app)
        await _start_import(pilot, app, "bad.csv")
        assert not isinstance(app.screen, Pick | Choice)
        assert notifications(app)


async def test_a_file_in_an_encoding_not_sure_asks_for_it(workspace: Path, visit: Path) -> None:
    ansi = "Nama;Jabatan\nJosé Gonçalves;Staf\n".encode("cp1252")
    (workspace / "ansi.csv").write_bytes(ansi)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_plan(pilot, app)
        await _start_import(pilot, app, "ansi.csv")
        # Not refused: the dialog asks for the encoding the command line takes.
        assert isinstance(app.screen, AskText)
        assert 'save it again as "CSV UTF-8"' in app.screen.question
        box = app.screen.query_one(Input)
        assert box.placeholder == "Encoding (e.g. cp1252)"
        box.value = "no-such-codec"
        await pilot.press("enter")
        await pilot.pause()
        # An unknown name is said, and asked again.
        assert isinstance(app.screen, AskText)
        assert 'unknown encoding "no-such-codec"' in app.screen.question
        app.screen.query_one(Input).value = "cp1252"
        await pilot.press("enter")
        await pilot.pause()
        await pick_option(pilot, app, "semarang")
        assert isinstance(app.screen, Choice)
        await pilot.click("#yes")
        await pilot.pause()
        assert "José Gonçalves" in roster_names(app)


async def test_escape_at_the_encoding_imports_nothing(workspace: Path) -> None:
    (workspace / "ansi.csv").write_bytes("Nama;Jabatan\nJosé Gonçalves;Staf\n".encode("cp1252"))
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_plan(pilot, app)
        await _start_import(pilot, app, "ansi.csv")
        assert isinstance(app.screen, AskText)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, AskText | Pick | Choice)
        assert "José Gonçalves" not in roster_names(app)


async def test_an_encoding_that_does_not_fit_is_said_and_asked_again(workspace: Path) -> None:
    (workspace / "ansi.csv").write_bytes("Nama;Jabatan\nJosé Gonçalves;Staf\n".encode("cp1252"))
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_plan(pilot, app)
        await _start_import(pilot, app, "ansi.csv")
        app.screen.query_one(Input).value = "ascii"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AskText)
        assert "cannot be read as ascii: line 2" in app.screen.question

"""The event form edits the dress code and the agenda form the public remarks, apart
from the internal notes."""

from __future__ import annotations

import tomllib
from pathlib import Path

from flow_helpers import SIZE, new_app, open_plan, settle
from textual.widgets import Input

from gathertui.tui.modals.agenda_form import AgendaForm
from gathertui.tui.modals.event_form import EventForm

PLAN = """schema_version = 1

[event]
title = "Rapat Koordinasi"
start = 2025-03-14T13:30:00
timezone = "Asia/Makassar"
"""


def _workspace(tmp_path: Path) -> Path:
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / "rapat.toml").write_text(PLAN, encoding="utf-8")
    return folder


def _saved(folder: Path) -> dict[str, object]:
    with (folder / "rapat.toml").open("rb") as file:
        return tomllib.load(file)


async def test_event_form_sets_the_dress_code(tmp_path: Path) -> None:
    folder = _workspace(tmp_path)
    app = new_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        await pilot.press("e")
        await settle(pilot, lambda: isinstance(app.screen, EventForm))
        app.screen.query_one("#dress", Input).value = "PDH / Batik"
        await pilot.pause()
        app.screen.query_one("#title", Input).focus()
        await pilot.press("enter")
        await settle(pilot, lambda: app.screen is screen)
        assert screen.session.plan.event.dress == "PDH / Batik"
        await pilot.press("ctrl+s")
        await pilot.pause()
    event = _saved(folder)["event"]
    assert isinstance(event, dict) and event["dress"] == "PDH / Batik"


async def test_agenda_form_keeps_remarks_apart_from_notes(tmp_path: Path) -> None:
    folder = _workspace(tmp_path)
    app = new_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        await pilot.press("3")
        await pilot.pause()
        await pilot.press("a")
        await settle(pilot, lambda: isinstance(app.screen, AgendaForm))
        form = app.screen
        form.query_one("#title", Input).value = "Pembukaan"
        form.query_one("#remarks", Input).value = "Hadirin dimohon berdiri"
        form.query_one("#notes", Input).value = "Mikrofon cadangan di meja MC"
        await pilot.pause()
        form.query_one("#title", Input).focus()
        await pilot.press("enter")
        await settle(pilot, lambda: app.screen is screen)
        await pilot.press("ctrl+s")
        await pilot.pause()
    agenda = _saved(folder)["agenda"]
    assert isinstance(agenda, list)
    assert agenda[0]["remarks"] == "Hadirin dimohon berdiri"
    assert agenda[0]["notes"] == "Mikrofon cadangan di meja MC"

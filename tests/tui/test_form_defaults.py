"""Forms show the value in effect and write only what the person changed: opening a
form and pressing Enter leaves the plan as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from flow_helpers import SIZE, new_app, open_plan, plan_data, settle, static_text
from textual.pilot import Pilot
from textual.widgets import Input, Select, Static

from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.agenda_form import AgendaForm
from gathertui.tui.modals.event_form import EventForm
from gathertui.tui.modals.form import FormModal
from gathertui.tui.modals.new_plan import NewPlanForm
from gathertui.tui.modals.person_form import PersonForm
from gathertui.tui.modals.quotas_form import QuotasForm
from gathertui.tui.modals.venue_form import VenueForm
from gathertui.tui.screens.workspace import WorkspaceScreen


def _in_makassar(workspace: Path, visit: Path) -> None:
    """The workspace's zone is WITA; the visit names no zone of its own."""
    settings = workspace / "gathertui.toml"
    text = settings.read_text(encoding="utf-8")
    settings.write_text(text.replace('"Asia/Jakarta"', '"Asia/Makassar"'), encoding="utf-8")
    plan = visit.read_text(encoding="utf-8")
    visit.write_text(plan.replace('timezone = "Asia/Jakarta"\n', ""), encoding="utf-8")


async def _event_form(pilot: Pilot[None], app: GathertuiApp) -> EventForm:
    await pilot.press("e")
    await settle(pilot, lambda: isinstance(app.screen, EventForm))
    form = app.screen
    assert isinstance(form, EventForm)
    return form


async def test_event_form_shows_the_workspace_zone_and_enter_changes_nothing(
    workspace: Path, visit: Path
) -> None:
    _in_makassar(workspace, visit)
    before = visit.read_bytes()
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        form = await _event_form(pilot, app)
        zone = form.query_one("#timezone", Select)
        assert zone.value == "Asia/Makassar"
        assert static_text(zone.query_one("#label", Static)) == "WITA (Asia/Makassar)"
        await pilot.press("enter")
        await settle(pilot, lambda: app.screen is screen)
        assert not screen.session.dirty
        assert screen.session.plan.event.timezone is None
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert visit.read_bytes() == before


async def test_event_form_writes_a_zone_the_person_chooses(workspace: Path, visit: Path) -> None:
    _in_makassar(workspace, visit)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        form = await _event_form(pilot, app)
        form.query_one("#timezone", Select).value = "Asia/Jayapura"
        await pilot.pause()
        form.query_one("#title", Input).focus()
        await pilot.press("enter")
        await settle(pilot, lambda: app.screen is screen)
        assert screen.session.dirty
        assert screen.session.plan.event.timezone == "Asia/Jayapura"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert plan_data(visit)["event"]["timezone"] == "Asia/Jayapura"


# Each form of a plan: the tab it is on, the key that opens it, and the form.
FORMS = [
    ("1", "e", EventForm),
    ("2", "e", PersonForm),
    ("2", "q", QuotasForm),
    ("3", "e", AgendaForm),
    ("4", "e", VenueForm),
]


@pytest.mark.parametrize(("tab", "key", "form_type"), FORMS, ids=[f.__name__ for *_, f in FORMS])
async def test_enter_without_a_change_leaves_the_plan_clean(
    workspace: Path, visit: Path, tab: str, key: str, form_type: type[FormModal[object]]
) -> None:
    before = visit.read_bytes()
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        await pilot.press(tab)
        await pilot.pause()
        await pilot.press(key)
        await settle(pilot, lambda: isinstance(app.screen, form_type))
        await pilot.press("enter")
        await settle(pilot, lambda: app.screen is screen)
        assert not screen.session.dirty
        assert not screen.session.editor.undo_stack
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert visit.read_bytes() == before


async def test_an_item_keeps_what_the_person_left_alone(workspace: Path, visit: Path) -> None:
    """An item that names its day (the event's first, which is also the default) keeps
    naming it when only its title is edited."""
    text = visit.read_text(encoding="utf-8")
    first = 'id = "kedatangan-registrasi"\n'
    visit.write_text(text.replace(first, first + "day = 2023-05-26\n"), encoding="utf-8")
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        await pilot.press("3", "e")
        await settle(pilot, lambda: isinstance(app.screen, AgendaForm))
        await pilot.press("enter")
        await settle(pilot, lambda: app.screen is screen)
        assert not screen.session.dirty
        await pilot.press("e")
        await settle(pilot, lambda: isinstance(app.screen, AgendaForm))
        await pilot.press("end", *" lagi", "enter")
        await settle(pilot, lambda: app.screen is screen)
        assert screen.session.dirty
        await pilot.press("ctrl+s")
        await pilot.pause()
    item = plan_data(visit)["agenda"][0]
    assert item["title"] == "Kedatangan rombongan dan registrasi lagi"
    assert str(item["day"]) == "2023-05-26"


async def test_new_plan_form_without_a_change_writes_nothing(workspace: Path) -> None:
    before = sorted(p.name for p in workspace.iterdir())
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await settle(pilot, lambda: isinstance(app.screen, NewPlanForm))
        form = app.screen
        # Nothing is said until the person does something.
        assert static_text(form.query_one("#errors", Static)) == ""
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is form
        assert static_text(form.query_one("#errors", Static)) == "A title is needed."
        await pilot.press("escape")
        await settle(pilot, lambda: isinstance(app.screen, WorkspaceScreen))
    assert sorted(p.name for p in workspace.iterdir()) == before

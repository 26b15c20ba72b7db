"""The Delegations tab as a person uses it: adding a delegation with its side, editing
it, deleting (refused while people belong to it), its quotas, undo; checked on the
screen and in the saved file."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from flow_helpers import (
    SIZE,
    cursor_row,
    new_app,
    notifications,
    open_plan,
    plan_data,
    roster_rows,
    run_command,
    table,
    type_text,
)
from textual.pilot import Pilot
from textual.widgets import Button, Input, Select, TabbedContent

from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.confirm import Choice
from gathertui.tui.modals.delegation_form import DelegationForm
from gathertui.tui.modals.quotas_form import QuotasForm
from gathertui.tui.screens.plan import PlanScreen

DELEGATIONS = "delegations-table"
NAME, SIDE, ORGANIZATION, NAMED, PLANNED = range(5)

SEMARANG_ROW = ("Pemerintah Kota Semarang", "host", "Pemerintah Kota Semarang", "5", "10")
# 30 online + 23 print + 4 TV + 1 radio + 2 influencers + 18 KIM planned.
MOJOKERTO_ROW = ("Rombongan Pemkot Mojokerto", "guest", "Pemerintah Kota Mojokerto", "2", "78")


def rows(app: GathertuiApp) -> list[tuple[str, ...]]:
    return table(app, DELEGATIONS).rows


def delegations_in_file(path: Path) -> list[dict[str, Any]]:
    return cast(list[dict[str, Any]], plan_data(path).get("delegations", []))


async def open_delegations(pilot: Pilot[None], app: GathertuiApp) -> PlanScreen:
    screen = await open_plan(pilot, app)
    await pilot.press("5")
    await pilot.pause()
    assert screen.query_one("#tabs", TabbedContent).active == "delegations"
    assert app.focused is table(app, DELEGATIONS)
    return screen


async def save(pilot: Pilot[None], screen: PlanScreen) -> None:
    await pilot.press("ctrl+s")
    await pilot.pause()
    assert not screen.session.dirty


async def add_host(pilot: Pilot[None], app: GathertuiApp, name: str, organization: str) -> None:
    """`a`, a name, the side "host" chosen in its list, an organisation, Enter."""
    await pilot.press("a")
    await pilot.pause()
    form = app.screen
    assert isinstance(form, DelegationForm)
    assert app.focused is form.query_one("#name", Input)
    assert form.query_one("#ok", Button).disabled  # no name yet
    await type_text(pilot, name)
    await pilot.press("tab")
    side = form.query_one("#side", Select)
    assert side.has_focus and side.value == "guest"
    await pilot.press("space")  # opens the list, at "guest" (Enter would submit)
    await pilot.pause()
    await pilot.press("up", "enter")
    await pilot.pause()
    assert side.value == "host"
    await pilot.press("tab", *organization, "enter")
    await pilot.pause()
    assert not isinstance(app.screen, DelegationForm)


async def test_the_tab_lists_each_delegation(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_delegations(pilot, app)
        assert rows(app) == [SEMARANG_ROW, MOJOKERTO_ROW]
        assert not screen.session.dirty


async def test_add_a_delegation_with_its_side_then_undo(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_delegations(pilot, app)
        await add_host(pilot, app, "Dinas Pariwisata", "Pemerintah Kota Semarang")
        added = ("Dinas Pariwisata", "host", "Pemerintah Kota Semarang", "0", "0")
        assert rows(app) == [SEMARANG_ROW, MOJOKERTO_ROW, added]
        assert cursor_row(app, DELEGATIONS) == added  # the new one is selected
        assert len(delegations_in_file(visit)) == 2  # nothing written before ctrl+s
        await save(pilot, screen)
        assert delegations_in_file(visit)[2] == {
            "id": "dinas-pariwisata",
            "name": "Dinas Pariwisata",
            "side": "host",
            "organization": "Pemerintah Kota Semarang",
        }
        # The roster's filter lists it at once, and filters to no one.
        await pilot.press("2")
        await pilot.pause()
        screen.roster.query_one("#filter-delegation", Select).value = "dinas-pariwisata"
        await pilot.pause()
        assert roster_rows(app) == []
        await pilot.press("5")
        await pilot.pause()
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert "Undone: Add Dinas Pariwisata" in notifications(app)
        # Undone, it is gone from the filter too, which shows everyone again.
        await pilot.press("2")
        await pilot.pause()
        assert len(roster_rows(app)) == 7
        assert screen.roster.chosen_delegation() is None
        await pilot.press("5")
        await pilot.pause()
        assert rows(app) == [SEMARANG_ROW, MOJOKERTO_ROW]
        await save(pilot, screen)
    assert [d["id"] for d in delegations_in_file(visit)] == ["semarang", "mojokerto"]


async def test_edit_keeps_the_id_and_what_the_form_does_not_show(
    workspace: Path, visit: Path
) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_delegations(pilot, app)
        table(app, DELEGATIONS).move_to(1)
        await pilot.press("enter")  # Enter edits, as e does
        await pilot.pause()
        form = app.screen
        assert isinstance(form, DelegationForm)
        assert form.query_one("#name", Input).value == "Rombongan Pemkot Mojokerto"
        assert form.query_one("#organization", Input).value == "Pemerintah Kota Mojokerto"
        # Enter without a change changes nothing.
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen and not screen.session.dirty

        await pilot.press("e")
        await pilot.pause()
        await pilot.press("home", "shift+end", *"Pemkot Mojokerto", "enter")
        await pilot.pause()
        assert app.screen is screen
        assert rows(app)[1] == ("Pemkot Mojokerto", *MOJOKERTO_ROW[SIDE:])
        await save(pilot, screen)
    mojokerto = delegations_in_file(visit)[1]
    assert mojokerto["id"] == "mojokerto"
    assert mojokerto["name"] == "Pemkot Mojokerto"
    assert "side" not in mojokerto  # a default, never written
    assert mojokerto["quotas"]["online"] == 30
    assert mojokerto["notes"].startswith("Rombongan terdiri atas 30 wartawan")
    people = plan_data(visit)["people"]
    assert sum(p.get("delegation") == "mojokerto" for p in people) == 2


async def test_delete_is_refused_while_people_belong_to_it(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_delegations(pilot, app)
        table(app, DELEGATIONS).move_to(1)
        await pilot.press("delete")
        await pilot.pause()
        # Said at once, without asking first.
        assert app.screen is screen
        message, options = app._told[-1]  # type: ignore[attr-defined]
        assert options["severity"] == "error"
        assert message == (
            'Rombongan Pemkot Mojokerto has 2 people: "Abd Rachman Tuwo", '
            '"Santi Ratnaningtias"; give them another delegation or delete them first'
        )
        assert rows(app) == [SEMARANG_ROW, MOJOKERTO_ROW]
        assert not screen.session.dirty


async def test_delete_an_empty_delegation_after_confirmation_and_undo(
    workspace: Path, visit: Path
) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_delegations(pilot, app)
        await add_host(pilot, app, "Dinas Pariwisata", "")
        await save(pilot, screen)
        await pilot.press("delete")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, Choice)
        await pilot.press("shift+tab")
        assert app.focused is dialog.query_one("#yes", Button)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert rows(app) == [SEMARANG_ROW, MOJOKERTO_ROW]
        assert cursor_row(app, DELEGATIONS) == MOJOKERTO_ROW
        await save(pilot, screen)
        assert [d["id"] for d in delegations_in_file(visit)] == ["semarang", "mojokerto"]
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert rows(app)[2] == ("Dinas Pariwisata", "host", "", "0", "0")
        await save(pilot, screen)
    assert delegations_in_file(visit)[2] == {
        "id": "dinas-pariwisata",
        "name": "Dinas Pariwisata",
        "side": "host",
    }


async def test_quotas_of_the_selected_delegation(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_delegations(pilot, app)
        await pilot.press("q")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, QuotasForm)
        assert form.delegation.id == "semarang"
        kim = form.query_one("#kim", Input)
        kim.focus()
        await pilot.press("home", "shift+end", *"12", "enter")
        await pilot.pause()
        assert app.screen is screen
        assert rows(app)[0] == (*SEMARANG_ROW[:PLANNED], "12")
        await save(pilot, screen)
    assert delegations_in_file(visit)[0]["quotas"] == {"kim": 12}


async def test_palette_adds_a_delegation(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        await run_command(pilot, app, "add delegation", "Add delegation")
        assert isinstance(app.screen, DelegationForm)
        assert screen.query_one("#tabs", TabbedContent).active == "delegations"
        await type_text(pilot, "Bappeda")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.is_current
        assert rows(app)[2] == ("Bappeda", "guest", "", "0", "0")


async def test_a_quota_past_the_model_s_limit_is_said_in_the_form(workspace: Path) -> None:
    app = new_app(workspace, "en")
    async with app.run_test(size=SIZE) as pilot:
        await open_delegations(pilot, app)
        await pilot.press("q")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, QuotasForm)
        kim = form.query_one("#kim", Input)
        kim.focus()
        await pilot.press("home", "shift+end", *"99999", "enter")
        await pilot.pause()
        assert app.screen is form
        assert "1000" in str(form.query_one("#errors").render())

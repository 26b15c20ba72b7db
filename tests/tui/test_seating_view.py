"""The Seating view as a person uses it: opened from the Venues tab for a room with a
layout (refused kindly without one), the cursor going seat to seat, a person moved and
pinned by hand, swapped with someone pinned, undo, redo, save; and the venue form's
layout fields."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from flow_helpers import (
    SIZE,
    new_app,
    notifications,
    open_plan,
    plan_data,
    run_command,
    static_text,
)
from textual.pilot import Pilot
from textual.widgets import Input, Static

from gathertui.model.enums import Category
from gathertui.planning.editing import add_person
from gathertui.planning.seating import seat_plan
from gathertui.storage import load_plan
from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.venue_form import VenueForm
from gathertui.tui.screens.plan import PlanScreen
from gathertui.tui.screens.seating import SeatingScreen

LAYOUT = "layout = { head_table = 7, rows = 3, seats_per_row = 12, aisle_after = 6 }"
# The example visit's first official in the order, in the middle of the head table.
FIRST = "sunarto"


def with_layout(visit: Path, layout: str = LAYOUT, extra: str = "") -> None:
    text = visit.read_text(encoding="utf-8")
    text = text.replace('floor = "Lantai 8"\n', f'floor = "Lantai 8"\n{layout}\n', 1)
    visit.write_text(text + extra, encoding="utf-8")


def pins_in_file(path: Path) -> list[dict[str, Any]]:
    return cast(list[dict[str, Any]], plan_data(path).get("seats", []))


def person_id(screen: SeatingScreen, seat: str) -> str | None:
    assert screen.seating is not None
    index = screen.seating.taken.get(seat)
    return None if index is None else screen.host.session.plan.people[index].id


async def open_seating(pilot: Pilot[None], app: GathertuiApp) -> SeatingScreen:
    await open_plan(pilot, app)
    await pilot.press("4", "d")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, SeatingScreen)
    return screen


async def test_the_view_opens_on_the_place_of_honour(workspace: Path, visit: Path) -> None:
    with_layout(visit)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_seating(pilot, app)
        assert screen.cursor == "H4" and person_id(screen, "H4") == FIRST
        detail = static_text(screen.query_one("#seat-detail", Static))
        assert detail.startswith("H4: Sunarto · Kepala Dinas Komunikasi")
        assert detail.endswith("precedence 1 (by precedence)")
        # The head table as the core seats it, drawn from the audience's left.
        plan = screen.host.session.plan
        seating = seat_plan(plan, plan.venues[0], app.workspace.preferences)
        assert screen.seating is not None and screen.seating.taken == seating.taken
        # The head table on top, each seat with its code and the start of the office.
        top = str(screen.query_one("#seating-grid", Static).render()).splitlines()[0]
        assert "H1 ·" in top and "H7 ·" in top
        for n in range(2, 7):
            who = plan.people[seating.taken[f"H{n}"]]
            assert f"H{n} {(who.position or who.name)[:6]}" in top
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen)


async def test_a_venue_without_a_layout_is_refused_kindly(workspace: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        await pilot.press("4", "d")
        await pilot.pause()
        assert app.screen is screen
        assert notifications(app)[-1] == (
            "Ruang Lokakrida has no seat layout yet: give it one in the venue form (e)."
        )


async def test_the_cursor_goes_seat_to_seat(workspace: Path, visit: Path) -> None:
    with_layout(visit)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_seating(pilot, app)
        await pilot.press("right")
        assert screen.cursor == "H5"
        await pilot.press("right", "right", "right")
        assert screen.cursor == "H7"  # the end of the table: it stays
        await pilot.press("down")
        assert screen.cursor.startswith("A")
        await pilot.press("down", "down", "down")
        assert screen.cursor.startswith("C")
        await pilot.press("up", "up", "up")
        assert screen.cursor.startswith("H")


async def test_move_a_person_pins_them_undo_redo_and_save(workspace: Path, visit: Path) -> None:
    with_layout(visit)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_seating(pilot, app)
        plan = screen.host.session.plan
        await pilot.press("enter", "down")
        assert screen.carried is not None
        assert "Moving Sunarto" in static_text(screen.query_one("#seat-detail", Static))
        target = screen.cursor
        await pilot.press("enter")
        await pilot.pause()
        assert screen.carried is None
        assert [(p.person, p.venue, p.seat) for p in plan.seats] == [(FIRST, "lokakrida", target)]
        assert person_id(screen, target) == FIRST
        assert person_id(screen, "H4") != FIRST  # the next in the order moved up
        assert "●" in screen.title
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert plan.seats == [] and person_id(screen, "H4") == FIRST
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert person_id(screen, target) == FIRST
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not screen.host.session.dirty
    assert pins_in_file(visit) == [{"person": FIRST, "venue": "lokakrida", "seat": target}]
    reloaded = load_plan(visit).model
    assert (
        seat_plan(reloaded, reloaded.venues[0]).seat_of(
            next(n for n, p in enumerate(reloaded.people) if p.id == FIRST)
        )
        == target
    )


async def test_escape_puts_the_person_back(workspace: Path, visit: Path) -> None:
    with_layout(visit)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_seating(pilot, app)
        await pilot.press("m", "down", "escape")
        assert screen.carried is None and screen.cursor == "H4"
        assert screen.host.session.plan.seats == [] and not screen.host.session.dirty
        assert app.screen is screen


async def test_moving_onto_a_pinned_person_swaps_them(workspace: Path, visit: Path) -> None:
    pinned = '\n[[seats]]\nperson = "kartika-hedi-aji"\nvenue = "lokakrida"\nseat = "A6"\n'
    with_layout(visit, extra=pinned)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_seating(pilot, app)
        assert person_id(screen, "A6") == "kartika-hedi-aji"
        await pilot.press("enter")
        screen.cursor = "A6"  # where the pinned person sits
        await pilot.press("enter")
        await pilot.pause()
        assert person_id(screen, "A6") == FIRST
        assert person_id(screen, "H4") == "kartika-hedi-aji"
        assert sorted((p.person, p.seat) for p in screen.host.session.plan.seats) == [
            ("kartika-hedi-aji", "H4"),
            (FIRST, "A6"),
        ]
        assert "Swapped" not in notifications(app)  # nothing said: the room shows it
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert person_id(screen, "A6") == "kartika-hedi-aji"
        assert person_id(screen, "H4") == FIRST


async def test_pin_and_unpin_where_they_sit(workspace: Path, visit: Path) -> None:
    with_layout(visit)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_seating(pilot, app)
        plan = screen.host.session.plan
        await pilot.press("p")
        await pilot.pause()
        assert [(p.person, p.seat) for p in plan.seats] == [(FIRST, "H4")]
        assert "pinned here" in static_text(screen.query_one("#seat-detail", Static))
        grid = str(screen.query_one("#seating-grid", Static).render())
        assert "H4*" in grid
        await pilot.press("p")
        await pilot.pause()
        assert plan.seats == []
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert [(p.person, p.seat) for p in plan.seats] == [(FIRST, "H4")]


async def test_a_moved_person_stays_when_someone_is_added(workspace: Path, visit: Path) -> None:
    with_layout(visit)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_seating(pilot, app)
        await pilot.press("enter", "down", "right")
        target = screen.cursor
        await pilot.press("enter", "escape")
        await pilot.pause()
        plan_screen = app.screen
        assert isinstance(plan_screen, PlanScreen)
        plan = plan_screen.session.plan
        # The mayor comes: first in the order, so the middle of the head table is theirs.
        plan_screen.apply(
            add_person(
                plan,
                "Walikota Baru",
                position="Wali Kota Semarang",
                category=Category.OFFICIAL,
            )
        )
        await pilot.press("d")
        await pilot.pause()
        again = app.screen
        assert isinstance(again, SeatingScreen)
        assert person_id(again, target) == FIRST
        assert person_id(again, "H4") == "walikota-baru"


# The venue form's layout


async def _venue_form(pilot: Pilot[None], app: GathertuiApp) -> VenueForm:
    await open_plan(pilot, app)
    await pilot.press("4", "e")
    await pilot.pause()
    form = app.screen
    assert isinstance(form, VenueForm)
    return form


async def _type(pilot: Pilot[None], form: VenueForm, values: dict[str, str]) -> None:
    for field, value in values.items():
        form.query_one(f"#{field}", Input).value = value
    await pilot.pause()
    form.query_one(f"#{next(iter(values))}", Input).focus()
    await pilot.press("enter")
    await pilot.pause()


async def test_the_venue_form_saves_a_layout(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        form = await _venue_form(pilot, app)
        fields = {"head_table": "7", "rows": "10", "seats_per_row": "12", "aisle_after": "6"}
        await _type(pilot, form, fields)
        screen = app.screen
        assert isinstance(screen, PlanScreen)
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert screen.session.plan.venues[0].layout is None
        await pilot.press("ctrl+y", "ctrl+s")
        await pilot.pause()
    assert plan_data(visit)["venues"][0]["layout"] == {
        "head_table": 7,
        "rows": 10,
        "seats_per_row": 12,
        "aisle_after": 6,
    }


async def test_the_venue_form_clears_a_layout(workspace: Path, visit: Path) -> None:
    with_layout(visit)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        form = await _venue_form(pilot, app)
        assert form.query_one("#head_table", Input).value == "7"
        assert form.query_one("#tables", Input).value == ""
        fields = {"head_table": "", "rows": "0", "seats_per_row": "", "aisle_after": ""}
        await _type(pilot, form, fields)
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert "layout" not in plan_data(visit)["venues"][0]


async def test_the_venue_form_refuses_bad_numbers(workspace: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        form = await _venue_form(pilot, app)
        await _type(pilot, form, {"seats_per_row": "101"})
        assert app.screen is form
        errors = static_text(form.query_one("#errors", Static))
        assert "Seats per row" in errors and "100" in errors
        await _type(pilot, form, {"seats_per_row": "12", "aisle_after": "-1"})
        assert app.screen is form
        assert "Aisle after seat" in static_text(form.query_one("#errors", Static))


async def test_the_people_without_a_seat_and_the_warnings(workspace: Path, visit: Path) -> None:
    pin = '\n[[seats]]\nperson = "sunarto"\nvenue = "lokakrida"\nseat = "Z9"\n'
    with_layout(visit, "layout = { head_table = 3 }", pin)
    app = new_app(workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_seating(pilot, app)
        assert static_text(screen.query_one("#seating-notes", Static)).splitlines() == [
            "Without a seat (2): Rahmat Hidayat, Kartika Hedi Aji",
            "⚠ Sunarto: Ruang Lokakrida has no seat Z9",
            "⚠ 2 of the 5 people coming have no seat in Ruang Lokakrida: 3 seats, the head "
            "table for officials only",
        ]


async def test_hostile_text_stays_literal(workspace: Path, visit: Path) -> None:
    with_layout(visit)
    text = visit.read_text(encoding="utf-8")
    visit.write_text(text.replace('name = "Sunarto"', 'name = "[bold]Sun=1+1<b>"'), "utf-8")
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_seating(pilot, app)
        assert person_id(screen, "H4") == FIRST
        detail = static_text(screen.query_one("#seat-detail", Static))
        assert detail.startswith("H4: [bold]Sun=1+1<b> · Kepala Dinas")
        await pilot.press("enter")
        moving = static_text(screen.query_one("#seat-detail", Static))
        assert "Moving [bold]Sun=1+1<b>:" in moving


async def test_the_palette_opens_the_view_in_indonesian(workspace: Path, visit: Path) -> None:
    with_layout(visit)
    app = new_app(workspace, "id")
    async with app.run_test(size=SIZE) as pilot:
        await open_plan(pilot, app)
        await run_command(pilot, app, "denah", "Denah tempat duduk")
        screen = app.screen
        assert isinstance(screen, SeatingScreen)
        assert screen.title == "Denah tempat duduk: Ruang Lokakrida"
        detail = static_text(screen.query_one("#seat-detail", Static))
        assert detail.endswith("urutan 1 (menurut tata urutan)")


async def test_undo_of_the_layout_under_the_view(workspace: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await _venue_form(pilot, app)
        await _type(pilot, form, {"head_table": "3"})
        await pilot.press("d")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SeatingScreen) and screen.cursor == "H2"
        await pilot.press("ctrl+z")
        await pilot.pause()
        grid = screen.query_one("#seating-grid", Static)
        assert static_text(grid) == (
            "Ruang Lokakrida has no seat layout yet: give it one in the venue form (e)."
        )
        assert grid.size.height == 1  # said on one line, the width of the screen
        await pilot.press("enter", "p")  # nothing to move or pin
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert screen.seating is not None and screen.cursor == "H2"

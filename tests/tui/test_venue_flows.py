"""The Venues tab as a person uses it: the room against the expected headcount, adding,
editing, deleting, reuse from another plan and the over-capacity warning; checked on the
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
    run_command,
    settle,
    shown,
    static_text,
    table,
    type_text,
)
from textual.pilot import Pilot
from textual.widgets import Button, Input, OptionList, Static, TabbedContent

from conftest import VISIT
from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.confirm import Choice
from gathertui.tui.modals.pick import Pick
from gathertui.tui.modals.venue_form import VenueForm
from gathertui.tui.screens.plan import PlanScreen

VENUES = "venues-table"
# The columns of the venues table.
NAME, BUILDING, FLOOR, ADDRESS, CAPACITY, EXPECTED, ITEMS, WARNINGS = range(8)

S1 = "2024-s1-media-gathering.toml"
LOKAKRIDA_ROW = (
    "Ruang Lokakrida",
    "Balai Kota Semarang",
    "Lantai 8",
    "Jl. Pemuda, Semarang",
    "150",
    # 7 people named (none declined) + the quotas not yet filled: 10 KIM of Semarang,
    # 30 + 23 + 4 + 1 + 2 + 18 places of Mojokerto.
    "95",
    "11",
    "",
)


def venue_rows(app: GathertuiApp) -> list[tuple[str, ...]]:
    return table(app, VENUES).rows


def venue_names(app: GathertuiApp) -> list[str]:
    return [row[NAME] for row in venue_rows(app)]


def venue_notes(screen: PlanScreen) -> str:
    return static_text(screen.query_one("#venue-notes", Static))


def overview_heading(screen: PlanScreen) -> str:
    return static_text(screen.query_one("#warnings", Static))


def overview_warnings(app: GathertuiApp) -> list[str]:
    """The Overview's warnings, one a row of its table."""
    return [warning for _, warning in table(app, "overview-table").rows]


def venues_in_file(path: Path) -> list[dict[str, Any]]:
    return cast(list[dict[str, Any]], plan_data(path).get("venues", []))


def with_text(path: Path, old: str, new: str) -> None:
    """Edits the plan's file text before the app opens it."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


async def open_venues(pilot: Pilot[None], app: GathertuiApp, row: int = 0) -> PlanScreen:
    screen = await open_plan(pilot, app, row)
    await pilot.press("4")
    await pilot.pause()
    assert screen.query_one("#tabs", TabbedContent).active == "venues"
    return screen


async def save(pilot: Pilot[None], screen: PlanScreen) -> None:
    await pilot.press("ctrl+s")
    await pilot.pause()
    assert not screen.session.dirty


async def add_venue(pilot: Pilot[None], app: GathertuiApp, name: str) -> None:
    await pilot.press("a")
    await pilot.pause()
    form = app.screen
    assert isinstance(form, VenueForm)
    assert app.focused is form.query_one("#name", Input)
    await type_text(pilot, name)
    await pilot.press("enter")
    await pilot.pause()
    assert not isinstance(app.screen, VenueForm)


# The tab


async def test_venues_tab_shows_the_room_and_the_expected_headcount(
    workspace: Path, visit: Path
) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_venues(pilot, app)
        assert app.focused is table(app, VENUES)
        assert venue_rows(app) == [LOKAKRIDA_ROW]
        assert cursor_row(app, VENUES) == LOKAKRIDA_ROW
        assert venue_notes(screen).splitlines() == [
            "proyektor, layar, sound system, mikrofon meja, pendingin ruangan",
            "Contoh (example): kapasitas 150 orang dan daftar fasilitas adalah rekaan; "
            "laporan tidak menyebutkannya.",
        ]
        assert not screen.session.dirty
        await save(pilot, screen)
    (venue,) = venues_in_file(visit)
    assert venue["id"] == "lokakrida"
    assert venue["name"] == "Ruang Lokakrida"
    assert venue["building"] == "Balai Kota Semarang"
    assert venue["floor"] == "Lantai 8"
    assert venue["capacity"] == 150


# Adding and editing


async def test_add_a_venue_with_just_a_name(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_venues(pilot, app)
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, VenueForm)
        assert form.query_one("#ok", Button).disabled  # no name yet
        await type_text(pilot, "Gedung Pandanaran")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert venue_rows(app) == [
            LOKAKRIDA_ROW,
            ("Gedung Pandanaran", "", "", "", "", "95", "0", ""),
        ]
        # The new venue is selected.
        assert cursor_row(app, VENUES)[NAME] == "Gedung Pandanaran"
        assert screen.session.dirty
        assert len(venues_in_file(visit)) == 1  # nothing written before ctrl+s
        await save(pilot, screen)
        assert f"Saved {visit}" in notifications(app)
    saved = venues_in_file(visit)
    assert [v["id"] for v in saved] == ["lokakrida", "gedung-pandanaran"]
    assert saved[1] == {"id": "gedung-pandanaran", "name": "Gedung Pandanaran"}


async def test_edit_the_capacity(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_venues(pilot, app)
        await pilot.press("e")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, VenueForm)
        assert form.query_one("#name", Input).value == "Ruang Lokakrida"
        await pilot.press("tab", "tab", "tab", "tab")  # building, floor, address, capacity
        capacity = form.query_one("#capacity", Input)
        assert app.focused is capacity
        assert capacity.value == "150"
        await pilot.press("home", "shift+end", *"200")
        await pilot.pause()
        assert capacity.value == "200"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert venue_rows(app) == [(*LOKAKRIDA_ROW[:CAPACITY], "200", *LOKAKRIDA_ROW[EXPECTED:])]
        await save(pilot, screen)
    (venue,) = venues_in_file(visit)
    assert venue["capacity"] == 200
    # The fields the form did not touch are kept.
    assert venue["id"] == "lokakrida"
    assert venue["address"] == "Jl. Pemuda, Semarang"
    assert venue["facilities"] == [
        "proyektor",
        "layar",
        "sound system",
        "mikrofon meja",
        "pendingin ruangan",
    ]
    assert venue["notes"].startswith("Contoh (example): kapasitas 150 orang")
    # The rundown still points at it.
    assert {item["venue"] for item in plan_data(visit)["agenda"]} == {"lokakrida"}


async def test_a_renamed_venue_shows_in_the_agenda(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_venues(pilot, app)
        await pilot.press("enter")  # Enter on the row opens the same form
        await pilot.pause()
        form = app.screen
        assert isinstance(form, VenueForm)
        await pilot.press("home", "shift+end", *"Ruang Lokakrida Baru", "enter")
        await pilot.pause()
        assert app.screen is screen
        assert venue_names(app) == ["Ruang Lokakrida Baru"]
        await pilot.press("3")
        await pilot.pause()
        assert cursor_row(app, "agenda-table")[2] == "Ruang Lokakrida Baru"
        await save(pilot, screen)
    (venue,) = venues_in_file(visit)
    assert venue["name"] == "Ruang Lokakrida Baru"
    assert venue["id"] == "lokakrida"  # the id, which the agenda uses, stays


# Deleting


async def test_delete_is_refused_while_the_agenda_uses_the_venue(
    workspace: Path, visit: Path
) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_venues(pilot, app)
        await pilot.press("delete")
        await pilot.pause()
        # Said at once, without asking first.
        assert app.screen is screen
        message, options = app._told[-1]  # type: ignore[attr-defined]
        assert options["severity"] == "error"
        assert message.startswith(
            'Ruang Lokakrida is used by "Kedatangan rombongan dan registrasi" (09.45–10.00 WIB), '
        )
        assert '"Ramah tamah" (11.55–12.30 WIB)' in message
        assert message.endswith("; give those items another venue first")
        assert venue_rows(app) == [LOKAKRIDA_ROW]
        assert not screen.session.dirty
        await save(pilot, screen)
    assert [v["id"] for v in venues_in_file(visit)] == ["lokakrida"]


async def test_delete_an_unused_venue_after_confirmation(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_venues(pilot, app)
        await add_venue(pilot, app, "Gedung Pandanaran")
        await save(pilot, screen)
        assert [v["id"] for v in venues_in_file(visit)] == ["lokakrida", "gedung-pandanaran"]

        assert cursor_row(app, VENUES)[NAME] == "Gedung Pandanaran"
        # Enter alone cancels: the safe answer has the focus.
        await pilot.press("delete")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, Choice)
        assert static_text(dialog.query_one(".question", Static)) == (
            "Delete the venue Gedung Pandanaran?"
        )
        assert app.focused is dialog.query_one("#cancel", Button)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert venue_names(app) == ["Ruang Lokakrida", "Gedung Pandanaran"]
        assert not screen.session.dirty

        await pilot.press("delete")
        await pilot.pause()
        assert isinstance(app.screen, Choice)
        await pilot.press("shift+tab")
        assert app.focused is app.screen.query_one("#yes", Button)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert venue_rows(app) == [LOKAKRIDA_ROW]
        assert cursor_row(app, VENUES) == LOKAKRIDA_ROW
        assert screen.session.dirty
        await save(pilot, screen)
    assert [v["id"] for v in venues_in_file(visit)] == ["lokakrida"]


# Reuse


async def test_reuse_copies_a_venue_of_another_plan(workspace: Path) -> None:
    s1 = workspace / S1
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_venues(pilot, app, row=1)
        assert screen.session.path.name == S1
        assert venue_names(app) == ["Halaman Belakang Balai Kota Semarang"]
        await pilot.press("u")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, Pick)
        assert static_text(dialog.query_one(".title", Static)) == "Reuse a venue of another plan"
        options = dialog.query_one(OptionList)
        # The rooms of the other plans, by name; never this plan's own.
        assert [str(options.get_option_at_index(n).prompt) for n in range(2)] == [
            "Ruang Lokakrida · Balai Kota Semarang, Lantai 8 · 150 seats"
            " · (Kunjungan Kerja Pemkot Mojokerto ke Pemkot Semarang)",
            "Taman Indonesia Kaya · 100 seats · (Media Gathering Semester II 2024)",
        ]
        assert options.option_count == 2
        assert app.focused is options and options.highlighted == 0
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert venue_names(app) == ["Halaman Belakang Balai Kota Semarang", "Ruang Lokakrida"]
        reused = cursor_row(app, VENUES)
        assert reused[: CAPACITY + 1] == LOKAKRIDA_ROW[: CAPACITY + 1]
        assert reused[ITEMS] == "0"
        # A room already in the plan is not offered again.
        await pilot.press("u")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        assert options.option_count == 1
        assert "Taman Indonesia Kaya" in str(options.get_option_at_index(0).prompt)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert len(venue_rows(app)) == 2
        await save(pilot, screen)
    saved = venues_in_file(s1)
    assert [v["name"] for v in saved] == [
        "Halaman Belakang Balai Kota Semarang",
        "Ruang Lokakrida",
    ]
    copy = saved[1]
    assert copy["id"] == "lokakrida"
    assert copy["building"] == "Balai Kota Semarang"
    assert copy["floor"] == "Lantai 8"
    assert copy["capacity"] == 150
    assert copy["facilities"] == venues_in_file(workspace / VISIT)[0]["facilities"]


# The palette


async def test_palette_add_venue_from_the_overview(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        await run_command(pilot, app, "add venue", "Add venue")
        await settle(pilot, lambda: isinstance(app.screen, VenueForm))
        assert screen.query_one("#tabs", TabbedContent).active == "venues"
        await type_text(pilot, "Aula Kecamatan")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert venue_names(app) == ["Ruang Lokakrida", "Aula Kecamatan"]
        await save(pilot, screen)
    assert [v["id"] for v in venues_in_file(visit)] == ["lokakrida", "aula-kecamatan"]


# Over capacity


async def test_over_capacity_in_english_then_fixed(workspace: Path, visit: Path) -> None:
    with_text(visit, "capacity = 150", "capacity = 20")
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        warning = "Over capacity: Ruang Lokakrida holds 20, 95 people expected"
        assert overview_heading(screen).startswith("Warnings: 1 · ")
        (listed,) = overview_warnings(app)
        assert warning in listed
        await pilot.press("4")
        await pilot.pause()
        row = cursor_row(app, VENUES)
        assert row[CAPACITY] == "20"
        assert row[EXPECTED] == "95"
        assert row[WARNINGS] == "over capacity"
        assert venue_notes(screen).splitlines()[0].startswith("⚠ ")
        assert warning in venue_notes(screen)

        # Room enough again: the warning goes, here and on the Overview.
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, VenueForm)
        await pilot.press("tab", "tab", "tab", "tab", "home", "shift+end", *"120", "enter")
        await pilot.pause()
        assert app.screen is screen
        assert cursor_row(app, VENUES)[CAPACITY] == "120"
        assert cursor_row(app, VENUES)[WARNINGS] == ""
        assert "⚠" not in venue_notes(screen)
        await pilot.press("1")
        await pilot.pause()
        assert overview_heading(screen) == "Warnings: 0"
        assert overview_warnings(app) == []
        assert shown(table(app, "overview-table")).splitlines()[1].strip() == "No warnings."
        await save(pilot, screen)
    assert venues_in_file(visit)[0]["capacity"] == 120


async def test_over_capacity_in_indonesian(workspace: Path, visit: Path) -> None:
    with_text(visit, "capacity = 150", "capacity = 20")
    app = new_app(workspace, lang="id")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        warning = "Melebihi kapasitas: Ruang Lokakrida muat 20, diperkirakan 95 orang"
        (listed,) = overview_warnings(app)
        assert warning in listed
        await pilot.press("4")
        await pilot.pause()
        assert cursor_row(app, VENUES)[WARNINGS] == "melebihi kapasitas"
        assert warning in venue_notes(screen)
        # Saving keeps what the file says; the warning is the app's, not the file's.
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert cursor_row(app, VENUES)[WARNINGS] == "melebihi kapasitas"
        assert notifications(app)[-1] == f"Tersimpan: {visit}"
    assert venues_in_file(visit)[0]["capacity"] == 20
    assert venues_in_file(visit)[0]["name"] == "Ruang Lokakrida"

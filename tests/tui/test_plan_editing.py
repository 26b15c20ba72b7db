"""Editing a plan's roster with the keyboard: edit, delete, move, attendance, quotas,
undo and redo; checked on the screen and in the saved file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flow_helpers import (
    ATTENDANCE,
    NAME,
    POSITION,
    SIZE,
    cursor_row,
    headcount_rows,
    new_app,
    notifications,
    open_plan,
    open_roster,
    people_in_file,
    person_in_file,
    plan_data,
    roster_names,
    roster_rows,
    shown,
    static_text,
    table,
    type_text,
)
from textual.screen import Screen
from textual.widgets import Button, Input, Select, Static, TabbedContent

from gathertui.tui.modals.confirm import Choice
from gathertui.tui.modals.person_form import PersonForm
from gathertui.tui.modals.quotas_form import QuotasForm

ORIGINAL = [
    "Abd Rachman Tuwo",
    "Santi Ratnaningtias",
    "Hevearita Gunaryanti Rahayu",
    "Sunarto",
    "Kartika Hedi Aji",
    "Rahmat Hidayat",
    "Ayu Wulandari",
]


# Editing a person


async def test_edit_position_with_e_then_save(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_roster(pilot, app)

        # Enter on a row opens the same form; an empty name is refused; Escape cancels.
        await pilot.press("down", "enter")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, PersonForm)
        assert form.query_one("#name", Input).value == "Santi Ratnaningtias"
        form.query_one("#name", Input).value = ""
        await pilot.pause()
        assert form.query_one("#ok", Button).disabled
        assert static_text(form.query_one("#errors", Static)) != ""
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is form
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert roster_names(app) == ORIGINAL
        assert not screen.session.dirty

        await pilot.press("up", "e")
        await pilot.pause()
        assert isinstance(app.screen, PersonForm)
        assert app.screen.query_one("#name", Input).value == "Abd Rachman Tuwo"
        await pilot.press("tab", "tab")  # past the honorific to the position, selected on focus
        assert app.focused is not None and app.focused.id == "position"
        await type_text(pilot, "Sekda")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert roster_rows(app)[0][POSITION] == "Sekda"
        assert "Sekda" in shown(table(app, "roster-table"))
        assert screen.session.dirty and screen.title.endswith(" ●")
        # Nothing is written before ctrl+s.
        assert person_in_file(visit, "abd-rachman-tuwo")["position"] == "Asisten III Administrasi"

        await pilot.press("ctrl+s")
        await pilot.pause()
        saved = person_in_file(visit, "abd-rachman-tuwo")
        assert saved["position"] == "Sekda"
        # The fields the form did not touch are kept.
        assert saved["name"] == "Abd Rachman Tuwo"
        assert saved["attendance"] == "attended"
        assert saved["notes"].startswith("Memimpin rombongan")
        assert people_in_file(visit) == ORIGINAL
        assert not screen.session.dirty and not str(screen.title).endswith(" ●")
        assert f"Saved {visit}" in notifications(app)


# Deleting a person


async def test_delete_confirmed_with_the_keyboard(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_roster(pilot, app)
        await pilot.press("down", "down", "down")
        assert cursor_row(app)[NAME] == "Sunarto"
        await pilot.press("delete")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, Choice)
        assert static_text(dialog.query_one(".question", Static)) == (
            "Delete Sunarto from the roster?"
        )
        # The safe answer has the focus: Enter alone would cancel.
        assert app.focused is dialog.query_one("#cancel", Button)
        await pilot.press("shift+tab")
        assert app.focused is dialog.query_one("#yes", Button)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert "Sunarto" not in roster_names(app)
        assert len(roster_names(app)) == 6
        assert cursor_row(app)[NAME] == "Kartika Hedi Aji"
        await pilot.press("ctrl+s")
        await pilot.pause()
    data = plan_data(visit)
    assert [p["id"] for p in data["people"]] == [
        "abd-rachman-tuwo",
        "santi-ratnaningtias",
        "hevearita-gunaryanti-rahayu",
        "kartika-hedi-aji",
        "rahmat-hidayat",
        "ayu-wulandari",
    ]
    # The rundown no longer points at the deleted person, so the file still loads.
    agenda = {item["id"]: item for item in data["agenda"]}
    assert "pic" not in agenda["sambutan-tuan-rumah"]
    assert agenda["diskusi"]["speakers"] == ["kartika-hedi-aji", "santi-ratnaningtias"]


async def test_delete_cancelled_then_confirmed_with_a_click(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_roster(pilot, app)
        # Three ways to say no: Enter (on the focused Cancel), Escape, a click on Cancel.
        for answer in ("enter", "escape", "click"):
            await pilot.press("delete")
            await pilot.pause()
            assert isinstance(app.screen, Choice), answer
            if answer == "click":
                await pilot.click("#cancel")
            else:
                await pilot.press(answer)
            await pilot.pause()
            assert app.screen is screen, answer
            assert roster_names(app) == ORIGINAL, answer
            assert not screen.session.dirty, answer
        await pilot.press("delete")
        await pilot.pause()
        await pilot.click("#yes")
        await pilot.pause()
        assert roster_names(app) == ORIGINAL[1:]
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert people_in_file(visit) == ORIGINAL[1:]


# Moving


async def test_move_down_and_up_changes_the_order_in_the_file(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_roster(pilot, app)
        # Up from the top is no change at all.
        await pilot.press("shift+up")
        await pilot.pause()
        assert roster_names(app) == ORIGINAL
        assert not screen.session.dirty and screen.session.editor.undo_stack == []
        await pilot.press("shift+down")
        await pilot.pause()
        assert roster_names(app)[:2] == ["Santi Ratnaningtias", "Abd Rachman Tuwo"]
        # The cursor follows the person that moved.
        assert cursor_row(app)[NAME] == "Abd Rachman Tuwo"
        await pilot.press("shift+down", "shift+down")
        await pilot.pause()
        assert roster_names(app).index("Abd Rachman Tuwo") == 3
        await pilot.press("shift+up")
        await pilot.pause()
        assert roster_names(app).index("Abd Rachman Tuwo") == 2
        # The number column is the place in the file.
        assert [row[0] for row in roster_rows(app)] == [str(n) for n in range(1, 8)]
        # Down from the bottom is no change either.
        await pilot.press("end", "shift+down")
        await pilot.pause()
        assert roster_names(app)[-1] == "Ayu Wulandari"
        assert len(screen.session.editor.undo_stack) == 4
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert people_in_file(visit) == [
            "Santi Ratnaningtias",
            "Hevearita Gunaryanti Rahayu",
            "Abd Rachman Tuwo",
            "Sunarto",
            "Kartika Hedi Aji",
            "Rahmat Hidayat",
            "Ayu Wulandari",
        ]
        assert not screen.session.dirty


async def test_move_in_a_filtered_roster_moves_among_the_people_shown(
    workspace: Path,
) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_roster(pilot, app)
        screen.query_one("#filter-delegation", Select).value = "semarang"
        await pilot.pause()
        shown_before = roster_names(app)
        assert shown_before[0] == "Hevearita Gunaryanti Rahayu"
        await pilot.press("shift+up")
        await pilot.pause()
        # Either the person visibly moves, or (first of those shown) nothing happens.
        assert roster_names(app) != shown_before or not screen.session.dirty


# Attendance


async def test_attendance_keys_and_space(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_roster(pilot, app)
        for key, value in (
            ("i", "invited"),
            ("k", "confirmed"),
            ("t", "declined"),
            ("w", "represented"),
            ("h", "attended"),
        ):
            await pilot.press(key)
            await pilot.pause()
            assert roster_rows(app)[0][ATTENDANCE] == value, key
            await pilot.press("ctrl+s")
            await pilot.pause()
            # "invited" is the default, which the file leaves out.
            written = person_in_file(visit, "abd-rachman-tuwo").get("attendance", "invited")
            assert written == value, key
        # The same value again is no change at all.
        changes = len(screen.session.editor.undo_stack)
        await pilot.press("h")
        await pilot.pause()
        assert len(screen.session.editor.undo_stack) == changes
        assert not screen.session.dirty
        # Only the selected person changed.
        assert [row[ATTENDANCE] for row in roster_rows(app)[1:]] == [
            "attended",
            "represented",
            "attended",
            "attended",
            "attended",
            "attended",
        ]

        # Space steps through the values in order and wraps round.
        await pilot.press("down", "down")
        assert cursor_row(app)[NAME] == "Hevearita Gunaryanti Rahayu"
        assert cursor_row(app)[ATTENDANCE] == "represented"
        seen = []
        for _ in range(4):
            await pilot.press("space")
            await pilot.pause()
            seen.append(cursor_row(app)[ATTENDANCE])
        assert seen == ["invited", "confirmed", "attended", "declined"]
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert person_in_file(visit, "hevearita-gunaryanti-rahayu")["attendance"] == "declined"


# Quotas


async def test_quotas_without_a_filter_edit_the_first_delegation(
    workspace: Path, visit: Path
) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_roster(pilot, app)
        # The cursor is on a person of Mojokerto, yet the form is for the first delegation.
        assert cursor_row(app)[NAME] == "Abd Rachman Tuwo"
        await pilot.press("q")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, QuotasForm)
        assert static_text(form.query_one(".title", Static)) == (
            "Quotas of Pemerintah Kota Semarang"
        )
        assert form.query_one("#online", Input).value == ""
        assert form.query_one("#kim", Input).value == "10"
        await pilot.press("tab", "tab")
        assert app.focused is form.query_one("#online", Input)
        await pilot.press("3", "1", "enter")
        await pilot.pause()
        assert app.screen is screen
        assert screen.session.dirty
        await pilot.press("1")  # the overview shows the new planned number
        await pilot.pause()
        # Semarang's rows: online planned 31 (none named yet), then its officials.
        assert headcount_rows(screen)[:2] == [
            ["Pemerintah Kota Semarang", "official", "0", "4", "3"],
            ["", "staff", "0", "1", "1"],
        ]
        assert ["", "online", "31", "0", "0"] in headcount_rows(screen)
        await pilot.press("ctrl+s")
        await pilot.pause()
    semarang, mojokerto = plan_data(visit)["delegations"]
    assert semarang["quotas"] == {"online": 31, "kim": 10}
    assert mojokerto["quotas"]["online"] == 30


async def test_quotas_edit_the_delegation_chosen_in_the_filter(
    workspace: Path, visit: Path
) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_roster(pilot, app)
        screen.query_one("#filter-delegation", Select).value = "mojokerto"
        await pilot.pause()
        assert roster_names(app) == ["Abd Rachman Tuwo", "Santi Ratnaningtias"]
        assert "0/30 online" in static_text(screen.query_one("#roster-summary", Static))
        # A negative number is refused on the spot, and Enter does not submit it.
        await pilot.press("q")
        await pilot.pause()
        form: Screen[Any] = app.screen
        assert isinstance(form, QuotasForm)
        await pilot.press("tab", "tab", "minus", "5")
        await pilot.pause()
        assert form.query_one("#online", Input).value == "-5"
        assert form.query_one("#ok", Button).disabled
        errors = static_text(form.query_one("#errors", Static))
        assert errors == "online: a whole number, 0 or more"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is form
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and not screen.session.dirty

        await pilot.press("q")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, QuotasForm)
        assert static_text(form.query_one(".title", Static)) == (
            "Quotas of Rombongan Pemkot Mojokerto"
        )
        await pilot.press("tab", "tab")
        assert app.focused is form.query_one("#online", Input)
        assert form.query_one("#online", Input).value == "30"
        await pilot.press("3", "1", "enter")  # typing replaces the selected value
        await pilot.pause()
        assert app.screen is screen
        assert "0/31 online" in static_text(screen.query_one("#roster-summary", Static))
        await pilot.press("ctrl+s")
        await pilot.pause()
    semarang, mojokerto = plan_data(visit)["delegations"]
    assert mojokerto["quotas"] == {
        "online": 31,
        "print": 23,
        "tv": 4,
        "radio": 1,
        "influencer": 2,
        "kim": 18,
    }
    assert semarang["quotas"] == {"kim": 10}


# Undo and redo


async def test_undo_and_redo_across_several_changes(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_roster(pilot, app)
        await pilot.press("i")  # Abd: invited
        await pilot.press("shift+down")  # Abd below Santi
        await pilot.pause()
        await pilot.press("up", "delete")  # Santi
        await pilot.pause()
        await pilot.click("#yes")
        await pilot.pause()
        assert roster_names(app)[:2] == ["Abd Rachman Tuwo", "Hevearita Gunaryanti Rahayu"]
        assert roster_rows(app)[0][ATTENDANCE] == "invited"

        await pilot.press("ctrl+z")
        await pilot.pause()
        assert roster_names(app)[:2] == ["Santi Ratnaningtias", "Abd Rachman Tuwo"]
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert roster_names(app) == ORIGINAL
        assert roster_rows(app)[0][ATTENDANCE] == "invited"
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert roster_rows(app)[0][ATTENDANCE] == "attended"
        # Back where the file is: nothing unsaved.
        assert not screen.session.dirty and not str(screen.title).endswith(" ●")
        assert notifications(app)[-3:] == [
            "Undone: Delete Santi Ratnaningtias",
            "Undone: Move Abd Rachman Tuwo",
            "Undone: Attendance of Abd Rachman Tuwo",
        ]
        await pilot.press("ctrl+z")  # nothing more to undo
        await pilot.pause()
        assert len(notifications(app)) == 3

        await pilot.press("ctrl+y", "ctrl+y")
        await pilot.pause()
        assert roster_names(app)[:2] == ["Santi Ratnaningtias", "Abd Rachman Tuwo"]
        assert notifications(app)[-1] == "Redone: Move Abd Rachman Tuwo"
        assert screen.session.dirty
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert people_in_file(visit)[:2] == ["Santi Ratnaningtias", "Abd Rachman Tuwo"]
        assert "attendance" not in person_in_file(visit, "abd-rachman-tuwo")  # invited
        assert person_in_file(visit, "santi-ratnaningtias")["name"] == "Santi Ratnaningtias"

        # Undo past the save is unsaved work again; redo returns to the saved state.
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert screen.session.dirty
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert not screen.session.dirty

        # A new change drops what could be redone.
        await pilot.press("ctrl+z")
        await pilot.pause()
        await pilot.press("k")
        await pilot.pause()
        count = len(notifications(app))
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert len(notifications(app)) == count
        assert cursor_row(app)[ATTENDANCE] == "confirmed"


async def test_roster_keys_on_another_tab_change_nothing_unseen(workspace: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        await pilot.press("3", "i")
        await pilot.pause()
        # Either nothing happened, or the roster is shown so the change can be seen.
        active = screen.query_one("#tabs", TabbedContent).active
        assert not screen.session.dirty or active == "roster"

"""Order of precedence in the roster and the person form: the Rank column, `o` for the
roster in order of precedence (and back), moving disabled meanwhile, the palette command,
and a person's own rank and representative; checked on the screen and in the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flow_helpers import (
    SIZE,
    new_app,
    open_roster,
    person_in_file,
    plan_data,
    roster_rows,
    run_command,
    static_text,
    table,
)
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Button, Input, Select, Static, TabbedContent
from textual.widgets._select import SelectOverlay

from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.person_form import PersonForm
from gathertui.tui.panes.roster import RosterPane
from gathertui.tui.screens.plan import PlanScreen

# The columns of the roster table: the place in the file, the rank, the name.
NO, RANK, NAME = range(3)

# Two people before the visit's own: a journalist of the guests and a host's Kepala
# Dinas, so the order of precedence differs from the file's in every way it can.
JOURNALIST_AND_HOST = """[[people]]
id = "dimas-prasetyo"
name = "Dimas Prasetyo"
delegation = "mojokerto"
position = "Wartawan"
organization = "Harian Contoh Mojokerto"
category = "online"
attendance = "attended"

[[people]]
id = "wiwin-pratiwi"
name = "Wiwin Pratiwi"
delegation = "semarang"
position = "Kepala Dinas Pariwisata Kota Semarang"
organization = "Pemerintah Kota Semarang"
category = "official"
attendance = "attended"

"""
FIRST_PERSON = '[[people]]\nid = "abd-rachman-tuwo"'

# No., Rank, Name in the file's order.
FILE_ORDER = [
    ("1", "", "Dimas Prasetyo"),  # a journalist: no rank
    ("2", "10", "Wiwin Pratiwi"),  # Kepala Dinas, host
    ("3", "10", "Abd Rachman Tuwo"),  # Asisten, guest
    ("4", "10", "Santi Ratnaningtias"),  # Kepala Dinas, guest
    ("5", "1", "Hevearita Gunaryanti Rahayu"),  # Wali Kota Semarang
    ("6", "10", "Sunarto"),  # Kepala Dinas, host
    ("7", "12 (Plt.)", "Kartika Hedi Aji"),  # Plt: the office's rank, after its holders
    ("8", "12", "Rahmat Hidayat"),  # Kepala Bidang
    ("9", "", "Ayu Wulandari"),  # staff
]
BY_PRECEDENCE = [
    # Sunarto represents the absent Wali Kota and stands in her place, just before her.
    ("6", "10", "Sunarto"),
    ("5", "1", "Hevearita Gunaryanti Rahayu"),
    # Rank 10: the guests before the hosts, each side in the file's order.
    ("3", "10", "Abd Rachman Tuwo"),
    ("4", "10", "Santi Ratnaningtias"),
    ("2", "10", "Wiwin Pratiwi"),
    # Rank 12: the Kepala Bidang, then the acting Kepala Bagian.
    ("8", "12", "Rahmat Hidayat"),
    ("7", "12 (Plt.)", "Kartika Hedi Aji"),
    # Then the others by category: staff, then media.
    ("9", "", "Ayu Wulandari"),
    ("1", "", "Dimas Prasetyo"),
]
LAW = "UU 9/2010 Pasal 11 ayat (1)"
OFFICE_10 = (
    "Asisten Sekda, Kepala Badan dan Kepala Dinas, eselon II, Kepala Perwakilan BI, Ketua KPU"
)


def with_journalist_and_host(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(FIRST_PERSON) == 1
    path.write_text(text.replace(FIRST_PERSON, JOURNALIST_AND_HOST + FIRST_PERSON), "utf-8")


def ranked(app: GathertuiApp) -> list[tuple[str, ...]]:
    return [row[: NAME + 1] for row in roster_rows(app)]


def selected_name(app: GathertuiApp) -> str:
    widget = table(app, "roster-table")
    return widget.rows[widget.cursor_row][NAME]


def summary(screen: PlanScreen) -> str:
    return static_text(screen.query_one("#roster-summary", Static))


async def select_person(pilot: Pilot[None], app: GathertuiApp, name: str) -> None:
    """Moves the roster's cursor to `name` with the keyboard."""
    widget = table(app, "roster-table")
    target = [row[NAME] for row in widget.rows].index(name)
    await pilot.press("home", *["down"] * target)
    await pilot.pause()
    assert selected_name(app) == name


async def edit_person(pilot: Pilot[None], app: GathertuiApp, name: str) -> PersonForm:
    await select_person(pilot, app, name)
    await pilot.press("e")
    await pilot.pause()
    form = app.screen
    assert isinstance(form, PersonForm)
    assert form.query_one("#name", Input).value == name
    return form


async def type_rank(pilot: Pilot[None], form: PersonForm, text: str) -> Input:
    """Replaces the Rank field's text by typing, as a person would."""
    field = form.query_one("#precedence", Input)
    field.focus()
    await pilot.pause()
    await pilot.press("home", "shift+end", "backspace", *text)
    await pilot.pause()
    return field


def errors(form: PersonForm) -> str:
    return static_text(form.query_one("#errors", Static))


async def save(pilot: Pilot[None], screen: PlanScreen) -> None:
    await pilot.press("ctrl+s")
    await pilot.pause()
    assert not screen.session.dirty


# The Rank column and `o`


async def test_rank_column_and_the_order_of_precedence(workspace: Path, visit: Path) -> None:
    with_journalist_and_host(visit)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_roster(pilot, app)
        widget = table(app, "roster-table")
        assert [column.label for column in widget.columns[:3]] == ["No.", "Rank", "Name"]
        assert ranked(app) == FILE_ORDER
        assert summary(screen).startswith("9 of 9 people · ")
        assert "precedence" not in summary(screen)

        # The person selected stays selected as the order changes.
        await select_person(pilot, app, "Sunarto")
        await pilot.press("o")
        await pilot.pause()
        assert ranked(app) == BY_PRECEDENCE
        assert summary(screen).startswith(f"In order of precedence ({LAW}) · 9 of 9 people · ")
        assert selected_name(app) == "Sunarto"
        assert widget.cursor_row == 0
        # The record line says why he stands first.
        record = static_text(screen.query_one("#roster-record", Static))
        assert record.endswith(
            "in the order of precedence in the place of Hevearita Gunaryanti Rahayu,"
            " whom they represent"
        )
        # Only the view changed.
        assert not screen.session.dirty

        await pilot.press("o")
        await pilot.pause()
        assert ranked(app) == FILE_ORDER
        assert summary(screen).startswith("9 of 9 people · ")
        assert selected_name(app) == "Sunarto"
        assert widget.cursor_row == 5


async def test_order_of_precedence_within_a_filter(workspace: Path, visit: Path) -> None:
    with_journalist_and_host(visit)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_roster(pilot, app)
        await pilot.press("o")
        await pilot.pause()
        screen.query_one("#filter-delegation", Select).value = "mojokerto"
        await pilot.pause()
        assert ranked(app) == [
            ("3", "10", "Abd Rachman Tuwo"),
            ("4", "10", "Santi Ratnaningtias"),
            ("1", "", "Dimas Prasetyo"),
        ]
        assert summary(screen).startswith(f"In order of precedence ({LAW}) · 3 of 9 people")
        screen.query_one("#filter-delegation", Select).clear()
        await pilot.pause()
        assert ranked(app) == BY_PRECEDENCE


async def test_moving_waits_for_the_files_order(workspace: Path, visit: Path) -> None:
    with_journalist_and_host(visit)
    before = visit.read_bytes()
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_roster(pilot, app)
        await pilot.press("o")
        await pilot.pause()
        # The journalist, first in the file, stays selected: the mayor's place is first now.
        assert selected_name(app) == "Dimas Prasetyo"
        await select_person(pilot, app, "Hevearita Gunaryanti Rahayu")
        await pilot.press("shift+down")
        await pilot.pause()
        await pilot.press("shift+up")
        await pilot.pause()
        assert ranked(app) == BY_PRECEDENCE
        assert selected_name(app) == "Hevearita Gunaryanti Rahayu"
        assert not screen.session.dirty
        assert screen.session.editor.undo_stack == []
        await save(pilot, screen)
        assert visit.read_bytes() == before

        # In the file's order again, the same key moves her down past Sunarto.
        await pilot.press("o")
        await pilot.pause()
        assert selected_name(app) == "Hevearita Gunaryanti Rahayu"
        await pilot.press("shift+down")
        await pilot.pause()
        assert screen.session.dirty
        assert [row[NAME] for row in roster_rows(app)][4:6] == [
            "Sunarto",
            "Hevearita Gunaryanti Rahayu",
        ]
        assert selected_name(app) == "Hevearita Gunaryanti Rahayu"
        await save(pilot, screen)
    assert [p["name"] for p in plan_data(visit)["people"]][4:6] == [
        "Sunarto",
        "Hevearita Gunaryanti Rahayu",
    ]


async def test_palette_orders_the_roster_from_another_tab(workspace: Path, visit: Path) -> None:
    with_journalist_and_host(visit)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_roster(pilot, app)
        tabs = screen.query_one("#tabs", TabbedContent)
        await pilot.press("3")
        await pilot.pause()
        assert tabs.active == "agenda"
        # The key works on the roster only: on the agenda, nothing changes out of sight.
        await pilot.press("o")
        await pilot.pause()
        assert tabs.active == "agenda"
        assert not screen.query_one(RosterPane).by_precedence

        await run_command(pilot, app, "precedence", "Roster in order of precedence")
        assert tabs.active == "roster"
        assert app.focused is table(app, "roster-table")
        assert ranked(app) == BY_PRECEDENCE
        assert summary(screen).startswith(f"In order of precedence ({LAW})")

        # Again, from the overview: back to the file's order.
        await pilot.press("1")
        await pilot.pause()
        await run_command(pilot, app, "precedence", "Roster in order of precedence")
        assert tabs.active == "roster"
        assert ranked(app) == FILE_ORDER
        assert not summary(screen).startswith("In order of precedence")
        assert not screen.session.dirty


# The person form


async def test_rank_of_a_plt_set_then_cleared(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_roster(pilot, app)
        form = await edit_person(pilot, app, "Kartika Hedi Aji")
        field = form.query_one("#precedence", Input)
        assert field.value == ""
        assert field.placeholder == "automatic: 12 (Kepala Bagian, Camat, eselon III)"
        await type_rank(pilot, form, "3")
        assert errors(form) == ""
        assert not form.query_one("#ok", Button).disabled
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        row = table(app, "roster-table").rows[4]
        assert (row[RANK], row[NAME]) == ("3", "Kartika Hedi Aji")
        assert selected_name(app) == "Kartika Hedi Aji"
        await save(pilot, screen)
        assert person_in_file(visit, "kartika-hedi-aji")["precedence"] == 3

        # Ranked 3, she comes right after the mayor's place.
        await pilot.press("o")
        await pilot.pause()
        assert [row[NAME] for row in roster_rows(app)][:3] == [
            "Sunarto",
            "Hevearita Gunaryanti Rahayu",
            "Kartika Hedi Aji",
        ]
        await pilot.press("o")
        await pilot.pause()

        # Cleared, the rank is the automatic one again: the office's, acting.
        form = await edit_person(pilot, app, "Kartika Hedi Aji")
        assert form.query_one("#precedence", Input).value == "3"
        await type_rank(pilot, form, "")
        assert form.query_one("#precedence", Input).value == ""
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert table(app, "roster-table").rows[4][RANK] == "12 (Plt.)"
        await save(pilot, screen)
    kartika = person_in_file(visit, "kartika-hedi-aji")
    assert "precedence" not in kartika
    assert kartika["position"] == "Plt Kepala Bagian Komunikasi Pimpinan dan Protokol"


async def test_rank_placeholder_says_the_automatic_rank(workspace: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_roster(pilot, app)
        form: Screen[Any] = await edit_person(pilot, app, "Sunarto")
        placeholder = form.query_one("#precedence", Input).placeholder
        assert placeholder.startswith("automatic: 10")
        assert placeholder == f"automatic: 10 ({OFFICE_10})"
        await pilot.press("escape")
        await pilot.pause()

        form = await edit_person(pilot, app, "Ayu Wulandari")
        assert form.query_one("#precedence", Input).placeholder == (
            "automatic: none (not an office of UU 9/2010)"
        )
        await pilot.press("escape")
        await pilot.pause()

        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, PersonForm)
        assert form.query_one("#precedence", Input).placeholder == (
            "empty: from the position (UU 9/2010)"
        )


async def test_a_rank_that_is_not_a_number_is_refused(workspace: Path, visit: Path) -> None:
    before = visit.read_bytes()
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_roster(pilot, app)
        form = await edit_person(pilot, app, "Sunarto")
        ok = form.query_one("#ok", Button)
        # Letters do not go in at all.
        field = await type_rank(pilot, form, "abc")
        assert field.value == ""
        assert not ok.disabled
        # A sign alone is not a number.
        await type_rank(pilot, form, "+")
        assert field.value == "+"
        # Named as the form labels it.
        assert errors(form) == 'Rank must be a whole number, not "+"'
        assert ok.disabled
        # Enter does not take it either.
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is form
        # Nor does a rank below 1.
        await type_rank(pilot, form, "0")
        assert errors(form) == "Rank must be at least 1"
        assert ok.disabled
        await type_rank(pilot, form, "2")
        assert errors(form) == ""
        assert not ok.disabled
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert not screen.session.dirty
        await save(pilot, screen)
    assert visit.read_bytes() == before


async def test_represented_by_is_chosen_from_the_roster(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_roster(pilot, app)
        # The mayor's representative is shown, and she is not offered to herself.
        form = await edit_person(pilot, app, "Hevearita Gunaryanti Rahayu")
        choice = form.query_one("#represented_by", Select)
        assert choice.value == "sunarto"
        choice.focus()
        await pilot.pause()
        await pilot.press("space")  # opens the list; Enter submits the form
        await pilot.pause()
        overlay = choice.query_one(SelectOverlay)
        offered = [str(overlay.get_option_at_index(n).prompt) for n in range(overlay.option_count)]
        assert offered == [
            "(none)",
            "Abd Rachman Tuwo",
            "Santi Ratnaningtias",
            "Sunarto",
            "Kartika Hedi Aji",
            "Rahmat Hidayat",
            "Ayu Wulandari",
        ]
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert app.screen is screen
        assert not screen.session.dirty

        # Santi sends someone: the overview warns until the form says whom.
        await select_person(pilot, app, "Santi Ratnaningtias")
        await pilot.press("w")
        await pilot.pause()
        assert [p.code for p in screen.problems] == ["represented-unnamed"]
        form = await edit_person(pilot, app, "Santi Ratnaningtias")
        choice = form.query_one("#represented_by", Select)
        assert choice.value == Select.NULL
        choice.focus()
        await pilot.pause()
        await pilot.press("space", "down", "enter")  # (none) → Abd Rachman Tuwo
        await pilot.pause()
        assert choice.value == "abd-rachman-tuwo"
        assert errors(form) == ""
        form.query_one("#name", Input).focus()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert screen.problems == []
        await save(pilot, screen)
    santi = person_in_file(visit, "santi-ratnaningtias")
    assert santi["attendance"] == "represented"
    assert santi["represented_by"] == "abd-rachman-tuwo"

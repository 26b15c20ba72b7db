"""The Overview's warnings as a person uses them: each on a row with its line, the
highlighted one in full under the table, and Enter (or a double click) going to what the
warning is about: the agenda item, the venue, the person, the delegation's quotas or the
event."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flow_helpers import (
    SIZE,
    cursor_row,
    new_app,
    open_plan,
    roster_rows,
    shown,
    static_text,
    table,
)
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input, Static, TabbedContent

from gathertui.state import open_workspace, plan_problems
from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.event_form import EventForm
from gathertui.tui.modals.quotas_form import QuotasForm
from gathertui.tui.panes.delegations import DelegationsPane
from gathertui.tui.screens.plan import PlanScreen

OVERVIEW = "overview-table"
LINE, WARNING = range(2)
# The roster's name column (after "No." and "Rank").
NAME = 2
AGENDA_TITLE = 1
VENUE_NAME = 0

# The visit, edited so that it has one warning of each kind the overview can go to.
EDITS = [
    # The event on a public holiday.
    ("start = 2023-05-26\nend = 2023-05-26", "start = 2023-06-01\nend = 2023-06-01"),
    # Confirmed: the delegations' quotas should now be filled.
    ('status = "done"', 'status = "confirmed"'),
    # A second room first, so the warning's venue is not simply the first row.
    (
        '[[venues]]\nid = "lokakrida"',
        '[[venues]]\nid = "aula"\nname = "Aula Kecamatan"\n\n[[venues]]\nid = "lokakrida"',
    ),
    ("capacity = 150", "capacity = 20"),
    # The mayor is represented, but by whom is not said any more.
    ('represented_by = "sunarto"\n', ""),
    # An agenda item without a person in charge.
    ('pic = "rahmat-hidayat"\n', ""),
]

# As the app words them: what each is about named by its name or title (check gives ids),
# and not named a second time before a sentence that already names it.
HOLIDAY = "The event: falls on a public holiday: 2023-06-01 Hari Lahir Pancasila"
OVER_CAPACITY = (
    "Over capacity: Ruang Lokakrida holds 20, 95 people expected at "
    '"Kedatangan rombongan dan registrasi" (09.45–10.00 WIB) and 10 more'
)
SEMARANG_QUOTAS = (
    "The event is confirmed, but the quotas of "
    "Pemerintah Kota Semarang are not yet filled by confirmed people: 0/10 KIM"
)
MOJOKERTO_QUOTAS = (
    "The event is confirmed, but the quotas of "
    "Rombongan Pemkot Mojokerto are not yet filled by confirmed people: 0/30 online, "
    "0/23 print, 0/4 TV, 0/1 radio, 0/2 influencer, 0/18 KIM"
)
REPRESENTED = "Hevearita Gunaryanti Rahayu is represented, but represented_by does not say by whom"
NO_PIC = 'No person in charge (pic) for "Paparan kalender wisata Kota Semarang" (10.50–11.05 WIB)'
# The rows in file order, as the table lists them.
EVENT_ROW, VENUE_ROW, SEMARANG_ROW, MOJOKERTO_ROW, PERSON_ROW, AGENDA_ROW = range(6)
MESSAGES = [HOLIDAY, OVER_CAPACITY, SEMARANG_QUOTAS, MOJOKERTO_QUOTAS, REPRESENTED, NO_PIC]


MOJOKERTO_QUOTAS_LINE = (
    "quotas = { online = 30, print = 23, tv = 4, radio = 1, influencer = 2, kim = 18 }"
)


def with_warnings(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for old, new in EDITS:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")


def line_of(path: Path, text: str) -> int:
    """The line (from 1) of the file's only line that is `text`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines.count(text) == 1, text
    return lines.index(text) + 1


def expected_lines(path: Path) -> list[int]:
    """Where each warning points in the edited file, found by reading the file."""
    return [
        line_of(path, "start = 2023-06-01"),
        line_of(path, "capacity = 20"),
        line_of(path, "quotas = { kim = 10 }"),
        line_of(path, MOJOKERTO_QUOTAS_LINE),
        line_of(path, 'attendance = "represented"'),
        # The item's own table: the missing key has no line of its own.
        line_of(path, 'id = "paparan-kalender-wisata"') - 1,
    ]


def warning_rows(app: GathertuiApp) -> list[tuple[str, ...]]:
    return table(app, OVERVIEW).rows


def heading(screen: PlanScreen) -> str:
    return static_text(screen.query_one("#warnings", Static))


def note(screen: PlanScreen) -> str:
    return static_text(screen.query_one("#warning-note", Static))


def active_tab(screen: PlanScreen) -> str:
    return screen.query_one("#tabs", TabbedContent).active


async def highlight(pilot: Pilot[None], app: GathertuiApp, row: int) -> None:
    """Moves the overview's cursor to `row` with the keyboard."""
    widget = table(app, OVERVIEW)
    assert app.focused is widget
    await pilot.press("home", *["down"] * row)
    await pilot.pause()
    assert widget.cursor_row == row


async def back_to_overview(pilot: Pilot[None], screen: PlanScreen) -> None:
    await pilot.press("1")
    await pilot.pause()
    assert active_tab(screen) == "overview"


# The fixture itself, checked in the core: the warnings the screen should list.


def test_the_edited_visit_has_one_warning_of_each_kind(workspace: Path, visit: Path) -> None:
    with_warnings(visit)
    opened = open_workspace(workspace)
    plan_file = opened.files[visit]
    assert plan_file.loaded is not None
    problems = plan_problems(plan_file.loaded, opened.preferences)
    assert [(p.code, p.path[:2]) for p in problems] == [
        ("on-holiday", ("event", "start")),
        ("over-capacity", ("venues", 1)),
        ("quotas-unfilled", ("delegations", 0)),
        ("quotas-unfilled", ("delegations", 1)),
        ("represented-unnamed", ("people", 2)),
        ("no-pic", ("agenda", 6)),
    ]
    assert [p.line for p in problems] == expected_lines(visit)
    assert [p.message.render("en", by_name=True) for p in problems] == MESSAGES


# The list


async def test_warnings_are_listed_with_their_lines(workspace: Path, visit: Path) -> None:
    with_warnings(visit)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        assert active_tab(screen) == "overview"
        assert heading(screen) == "Warnings: 6 · Enter on a warning goes to what it is about"
        lines = [str(n) for n in expected_lines(visit)]
        assert warning_rows(app) == [
            (line, f"⚠ {message}") for line, message in zip(lines, MESSAGES, strict=True)
        ]
        widget = table(app, OVERVIEW)
        assert app.focused is widget
        assert widget.cursor_row == 0
        # On screen: the header, then each row with its line number first.
        on_screen = shown(widget).splitlines()
        assert on_screen[0].split() == ["Line", "Warning"]
        for n, line in enumerate(lines):
            assert on_screen[n + 1].split()[:2] == [line, "⚠"]
        # A warning too long for its row is cut, and said in full below the table.
        assert on_screen[VENUE_ROW + 1].endswith("…")
        assert OVER_CAPACITY not in shown(widget)
        assert note(screen) == HOLIDAY

        await highlight(pilot, app, VENUE_ROW)
        assert note(screen) == OVER_CAPACITY
        # Wrapped over two lines rather than cut.
        in_full = shown(screen.query_one("#warning-note", Static)).splitlines()
        assert len(in_full) == 2 and "…" not in in_full[0]
        assert in_full[1].strip() == "and 10 more"
        await highlight(pilot, app, MOJOKERTO_ROW)
        assert note(screen) == MOJOKERTO_QUOTAS
        # Only moving the cursor: nothing opened, nothing changed.
        assert active_tab(screen) == "overview"
        assert app.screen is screen
        assert not screen.session.dirty


async def test_a_plan_without_warnings_says_so(workspace: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        assert heading(screen) == "Warnings: 0"
        widget = table(app, OVERVIEW)
        assert warning_rows(app) == []
        assert shown(widget).splitlines()[1].strip() == "No warnings."
        assert note(screen) == ""
        # Enter on the empty list goes nowhere.
        assert app.focused is widget
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert active_tab(screen) == "overview"


# Going to what a warning is about


async def test_enter_on_an_agenda_warning_selects_the_item(workspace: Path, visit: Path) -> None:
    with_warnings(visit)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        await highlight(pilot, app, AGENDA_ROW)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert active_tab(screen) == "agenda"
        assert app.focused is table(app, "agenda-table")
        assert cursor_row(app, "agenda-table")[AGENDA_TITLE] == (
            "Paparan kalender wisata Kota Semarang"
        )
        # The item's notes under the table carry the same warning.
        notes = static_text(screen.query_one("#agenda-notes", Static))
        assert f"⚠ {NO_PIC}" in notes


async def test_enter_on_a_venue_warning_selects_the_venue(workspace: Path, visit: Path) -> None:
    with_warnings(visit)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        await highlight(pilot, app, VENUE_ROW)
        await pilot.press("enter")
        await pilot.pause()
        assert active_tab(screen) == "venues"
        venues = table(app, "venues-table")
        assert app.focused is venues
        assert [row[VENUE_NAME] for row in venues.rows] == ["Aula Kecamatan", "Ruang Lokakrida"]
        assert venues.cursor_row == 1
        assert f"⚠ {OVER_CAPACITY}" in static_text(screen.query_one("#venue-notes", Static))


async def test_double_click_on_a_warning_goes_there_too(workspace: Path, visit: Path) -> None:
    with_warnings(visit)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        # A single click only selects the row.
        assert await pilot.click(f"#{OVERVIEW}", offset=(10, VENUE_ROW + 1))
        await pilot.pause()
        assert table(app, OVERVIEW).cursor_row == VENUE_ROW
        assert active_tab(screen) == "overview"
        assert note(screen) == OVER_CAPACITY
        await pilot.double_click(f"#{OVERVIEW}", offset=(10, VENUE_ROW + 1))
        await pilot.pause()
        assert active_tab(screen) == "venues"
        assert table(app, "venues-table").cursor_row == 1


async def test_enter_on_a_person_warning_clears_the_filter_that_hid_them(
    workspace: Path, visit: Path
) -> None:
    with_warnings(visit)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        # The roster filtered to the guests: the mayor of Semarang is not among them.
        await pilot.press("2", "slash", *"mojokerto", "enter")
        await pilot.pause()
        assert [row[NAME] for row in roster_rows(app)] == [
            "Abd Rachman Tuwo",
            "Santi Ratnaningtias",
        ]
        await back_to_overview(pilot, screen)
        await highlight(pilot, app, PERSON_ROW)
        assert note(screen) == REPRESENTED
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert active_tab(screen) == "roster"
        assert screen.query_one("#filter-text", Input).value == ""
        assert len(roster_rows(app)) == 7
        roster = table(app, "roster-table")
        assert app.focused is roster
        assert cursor_row(app)[NAME] == "Hevearita Gunaryanti Rahayu"
        assert roster.cursor_row == 2


async def test_enter_on_a_person_warning_keeps_a_filter_that_shows_them(
    workspace: Path, visit: Path
) -> None:
    with_warnings(visit)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        await pilot.press("2", "slash", *"semarang", "enter")
        await pilot.pause()
        shown_names = [row[NAME] for row in roster_rows(app)]
        assert "Hevearita Gunaryanti Rahayu" in shown_names
        assert "Abd Rachman Tuwo" not in shown_names
        await back_to_overview(pilot, screen)
        await highlight(pilot, app, PERSON_ROW)
        await pilot.press("enter")
        await pilot.pause()
        assert active_tab(screen) == "roster"
        assert screen.query_one("#filter-text", Input).value == "semarang"
        assert [row[NAME] for row in roster_rows(app)] == shown_names
        assert cursor_row(app)[NAME] == "Hevearita Gunaryanti Rahayu"


async def test_enter_on_a_quotas_warning_opens_the_delegations_quotas(
    workspace: Path, visit: Path
) -> None:
    with_warnings(visit)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        await highlight(pilot, app, MOJOKERTO_ROW)
        await pilot.press("enter")
        await pilot.pause()
        form: Screen[Any] = app.screen
        assert isinstance(form, QuotasForm)
        assert form.delegation.id == "mojokerto"
        assert static_text(form.query_one(".title", Static)) == (
            "Quotas of Rombongan Pemkot Mojokerto"
        )
        assert form.query_one("#online", Input).value == "30"
        # Behind it, the Delegations tab on that delegation, and it stays there.
        for _ in range(5):
            assert active_tab(screen) == "delegations"
            await pilot.pause()
        assert screen.query_one(DelegationsPane).selected() == 1
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert not screen.session.dirty

        # The host's warning opens the host's quotas, whatever the filter said before.
        await back_to_overview(pilot, screen)
        await highlight(pilot, app, SEMARANG_ROW)
        await pilot.press("enter")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, QuotasForm)
        assert form.delegation.id == "semarang"
        assert screen.query_one(DelegationsPane).selected() == 0
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


async def test_enter_on_the_holiday_warning_opens_the_event_form(
    workspace: Path, visit: Path
) -> None:
    with_warnings(visit)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        # From another row and back: the first row is the event's.
        await highlight(pilot, app, AGENDA_ROW)
        await highlight(pilot, app, EVENT_ROW)
        assert note(screen) == HOLIDAY
        await pilot.press("enter")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, EventForm)
        assert form.query_one("#start", Input).value == "2023-06-01"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert active_tab(screen) == "overview"
        assert not screen.session.dirty

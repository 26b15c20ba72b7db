"""Text from a plan file is shown as written: square brackets are never markup."""

from __future__ import annotations

from pathlib import Path

from flow_helpers import (
    DELEGATION,
    NAME,
    SIZE,
    cursor_row,
    new_app,
    notifications,
    notified_as_shown,
    open_plan,
    open_roster,
    palette_prompts,
    settle,
    shown,
    static_text,
    table,
)
from textual.widgets import Input, Static
from textual.widgets._header import HeaderTitle
from textual.widgets._toast import Toast

from gathertui.tui.modals.confirm import Choice
from gathertui.tui.modals.person_form import PersonForm
from gathertui.tui.modals.quotas_form import QuotasForm

NAME_MARKUP = "[bold red]x[/]"
TITLE_MARKUP = "[b]Rapat[/b] [red]Mojokerto"
HOST_MARKUP = "[i]Diskominfo[/i] [link=https://example.com]Semarang[/link]"
DELEGATION_MARKUP = "[u]Tamu[/u]"  # short: the column is narrow


def with_markup(visit: Path, name: str = NAME_MARKUP, title: str = TITLE_MARKUP) -> None:
    text = visit.read_text(encoding="utf-8")
    for old, new in (
        ('name = "Abd Rachman Tuwo"', f'name = "{name}"'),
        ('title = "Kunjungan Kerja Pemkot Mojokerto ke Pemkot Semarang"', f'title = "{title}"'),
        ('host = "Pemerintah Kota Semarang"\nstatus', f'host = "{HOST_MARKUP}"\nstatus'),
        ('name = "Rombongan Pemkot Mojokerto"', f'name = "{DELEGATION_MARKUP}"'),
    ):
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    visit.write_text(text, encoding="utf-8")


async def test_markup_in_a_plan_is_shown_literally(workspace: Path, visit: Path) -> None:
    with_markup(visit)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        plans = table(app, "plans")
        assert plans.rows[0][1] == TITLE_MARKUP
        assert TITLE_MARKUP in shown(plans)

        screen = await open_plan(pilot, app)
        # The screen title, in the header.
        assert screen.title == TITLE_MARKUP
        await pilot.pause()
        assert TITLE_MARKUP in shown(screen.query_one(HeaderTitle))
        # The overview: title, host, and the delegation in the headcount.
        event = screen.query_one("#event", Static)
        assert TITLE_MARKUP in shown(event) and HOST_MARKUP in shown(event)
        assert DELEGATION_MARKUP in shown(screen.query_one("#headcount", Static))

        # The roster.
        await pilot.press("2")
        await pilot.pause()
        assert cursor_row(app)[NAME] == NAME_MARKUP
        assert cursor_row(app)[DELEGATION] == DELEGATION_MARKUP
        roster = shown(table(app, "roster-table"))
        assert NAME_MARKUP in roster and DELEGATION_MARKUP in roster

        # The dialogs that quote it.
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, PersonForm)
        assert app.screen.query_one("#name", Input).value == NAME_MARKUP
        await pilot.press("escape", "delete")
        await pilot.pause()
        assert isinstance(app.screen, Choice)
        question = app.screen.query_one(".question", Static)
        assert static_text(question) == f"Delete {NAME_MARKUP} from the roster?"
        assert f"Delete {NAME_MARKUP} from the roster?" in shown(question)
        await pilot.press("escape")
        await pilot.pause()
        screen.query_one("#filter-delegation").value = "mojokerto"  # type: ignore[attr-defined]
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, QuotasForm)
        title = app.screen.query_one(".title", Static)
        assert f"Quotas of {DELEGATION_MARKUP}" in shown(title)


async def test_undo_notification_quotes_a_name_literally(workspace: Path, visit: Path) -> None:
    with_markup(visit)
    app = new_app(workspace)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_roster(pilot, app)
        await pilot.press("i", "ctrl+z")
        await pilot.pause()
        await settle(pilot, lambda: bool(app.screen.query(Toast)))
        toasts = [toast.render().plain for toast in app.screen.query(Toast)]
        assert f"Undone: Attendance of {NAME_MARKUP}" in toasts


async def test_undo_with_a_stray_closing_tag_in_a_name(workspace: Path, visit: Path) -> None:
    with_markup(visit, name="x[/]")
    app = new_app(workspace)
    # Toasts are left out here (they would crash the app, slowly); the notification is
    # turned into the toast's text the way Toast.render does it.
    async with app.run_test(size=SIZE) as pilot:
        await open_roster(pilot, app)
        await pilot.press("i", "ctrl+z")
        await pilot.pause()
        assert notified_as_shown(app) == ["Undone: Attendance of x[/]"]


async def test_palette_shows_a_plan_title_literally(workspace: Path, visit: Path) -> None:
    with_markup(visit)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await settle(pilot, lambda: "New plan" in palette_prompts(app))
        assert f"Open: {TITLE_MARKUP}" in palette_prompts(app)


async def test_palette_survives_a_stray_closing_tag_in_a_title(
    workspace: Path, visit: Path
) -> None:
    with_markup(visit, title="Rapat x[/]")
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await settle(pilot, lambda: "New plan" in palette_prompts(app))
        assert "Open: Rapat x[/]" in palette_prompts(app)


async def test_cannot_open_notification_keeps_its_brackets(workspace: Path) -> None:
    broken = workspace / "2024-03-14-rapat.toml"
    broken.write_text(
        'schema_version = 1\n\n[event]\ntitle = "Rapat"\nstart = 2024-03-14\n'
        'kind = "[kunjungan]"\n',
        encoding="utf-8",
    )
    expected = (
        f"{broken.name}:6:1: The event: "
        '"kind" must be one of visit, media-gathering, meeting, other, not "[kunjungan]"'
    )
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        # The workspace screen itself shows it as written.
        assert static_text(app.screen.query_one("#plan-errors", Static)) == f"✖ {expected}"
        table(app, "plans").move_to(3)
        await pilot.press("enter")
        await pilot.pause()
        assert notifications(app) == [expected]
        assert notified_as_shown(app) == [expected]

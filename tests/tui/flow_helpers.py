"""Shared steps of the Pilot flow tests: opening plans, reading the screen and the file.

Not a test module (no `test_` prefix); the flow tests import it by name, as pytest puts
this folder on the import path (it has no `__init__.py`).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from rich.console import Console
from textual.command import CommandList, CommandPalette
from textual.content import Content, ContentText
from textual.events import Key
from textual.geometry import Region
from textual.keys import _character_to_key
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Static

from gathertui.tui.app import GathertuiApp
from gathertui.tui.screens.plan import PlanScreen
from gathertui.tui.screens.workspace import WorkspaceScreen
from gathertui.tui.widgets.table import VirtualTable
from tui_helpers import make_app

SIZE = (120, 40)

# The columns of the roster table.
NO, RANK, NAME, POSITION, ORGANIZATION, CATEGORY, DELEGATION, ATTENDANCE = range(8)


def plan_data(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def people_in_file(path: Path) -> list[str]:
    return [p["name"] for p in plan_data(path)["people"]]


def person_in_file(path: Path, ident: str) -> dict[str, Any]:
    return next(p for p in plan_data(path)["people"] if p["id"] == ident)


def table(app: GathertuiApp, ident: str) -> VirtualTable:
    return app.screen.query_one(f"#{ident}", VirtualTable)


def roster_rows(app: GathertuiApp) -> list[tuple[str, ...]]:
    return table(app, "roster-table").rows


def roster_names(app: GathertuiApp) -> list[str]:
    return [row[NAME] for row in roster_rows(app)]


def cursor_row(app: GathertuiApp, ident: str = "roster-table") -> tuple[str, ...]:
    widget = table(app, ident)
    return widget.rows[widget.cursor_row]


def shown(widget: Widget) -> str:
    """The text the widget puts on the screen, line by line, as a person reads it."""
    width, height = widget.size
    lines = widget.render_lines(Region(0, 0, width, height))
    return "\n".join(line.text.rstrip() for line in lines)


def rendered(renderable: object, width: int = 200) -> str:
    """A Rich renderable (a table in a Static) as plain text."""
    console = Console(width=width, record=True, color_system=None, file=None)
    with console.capture() as capture:
        console.print(renderable)
    return capture.get()


def static_text(widget: Static) -> str:
    """The text of a Static, whether it holds a string, Content or a Rich table."""
    content = widget.content
    if isinstance(content, Content):
        return content.plain
    if isinstance(content, str):
        return widget.visual.plain if isinstance(widget.visual, Content) else content
    return rendered(content)


def headcount_rows(screen: PlanScreen) -> list[list[str]]:
    """The overview's headcount table as cells: delegation, category, planned, named, ..."""
    text = static_text(screen.query_one("#headcount", Static))
    return [
        [cell.strip() for cell in line.strip("│").split("│")]
        for line in text.splitlines()
        if line.startswith("│")
    ]


def new_app(folder: Path, lang: str = "en", open_path: Path | None = None) -> GathertuiApp:
    """`make_app`, keeping every notification's message for `notifications`.

    Textual forgets a notification once its timeout has passed (by the wall clock), so
    on a slow machine `app._notifications` could lose one before the test looks.
    """
    app = make_app(folder, lang, open_path)
    told: list[tuple[str, dict[str, Any]]] = []
    notify = app.notify

    def keep(message: str, **options: Any) -> None:
        told.append((message, options))
        notify(message, **options)

    app.notify = keep  # type: ignore[method-assign]
    app._told = told  # type: ignore[attr-defined]
    return app


def notifications(app: GathertuiApp) -> list[str]:
    """Every notification's message so far, oldest first."""
    return [message for message, _ in app._told]  # type: ignore[attr-defined]


def notified_as_shown(app: GathertuiApp) -> list[str]:
    """Each notification's text as its toast puts it on screen (Toast.render's rule:
    the message is markup unless `markup=False` was given)."""
    return [
        (Content.from_markup(message) if options.get("markup", True) else Content(message)).plain
        for message, options in app._told  # type: ignore[attr-defined]
    ]


async def settle(pilot: Pilot[None], condition: Callable[[], bool], tries: int = 100) -> None:
    """Lets the app run until `condition` holds (no fixed sleeps)."""
    for _ in range(tries):
        if condition():
            return
        await pilot.pause()
    assert condition(), "the screen never reached the expected state"


def palette_prompts(app: GathertuiApp) -> list[str]:
    """The commands the open palette lists, first line of each (without the help)."""
    results = app.screen.query_one(CommandList)
    return [
        Content.from_text(cast(ContentText, option.prompt)).plain.split("\n")[0]
        for option in map(results.get_option_at_index, range(results.option_count))
    ]


async def run_command(pilot: Pilot[None], app: GathertuiApp, query: str, command: str) -> None:
    """ctrl+p, type `query`, wait until `command` is the highlighted result, Enter."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    palette = app.screen
    assert isinstance(palette, CommandPalette)
    await type_text(pilot, query)
    results = palette.query_one(CommandList)

    def ready() -> bool:
        return results.highlighted == 0 and palette_prompts(app)[:1] == [command]

    await settle(pilot, ready)
    await pilot.press("enter")
    await pilot.pause()
    assert app.screen is not palette


async def open_plan(pilot: Pilot[None], app: GathertuiApp, row: int = 0) -> PlanScreen:
    """From the workspace screen, opens the plan on `row` (0: the earliest plan)."""
    await pilot.pause()
    assert isinstance(app.screen, WorkspaceScreen)
    plans = table(app, "plans")
    plans.move_to(row)
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, PlanScreen)
    return app.screen


async def open_roster(pilot: Pilot[None], app: GathertuiApp, row: int = 0) -> PlanScreen:
    screen = await open_plan(pilot, app, row)
    await pilot.press("2")
    await pilot.pause()
    return screen


async def type_text(pilot: Pilot[None], text: str) -> None:
    """Types `text` into the focused field: one key event a character, as `pilot.press`
    makes them, but without its idle polls between keys (each sleeps at least 20 ms,
    longer while the app redraws), then waits until every key is handled."""
    app = pilot.app
    for character in text:
        key = Key(_character_to_key(character), character)
        key.set_sender(app)
        app.post_message(key)
    # The app hands each key on to the focused widget: the first wait has them all
    # handed on, the second (in `pause`) has the widget handle them.
    await pilot._wait_for_screen()
    await pilot.pause()


async def wait_for(pilot: Pilot[None], condition: Callable[[], bool], seconds: float = 60) -> None:
    """Lets the app run until `condition` holds: git runs in threads, in real time, and
    on two busy cores (CI, the whole suite) a sync can take more than twenty seconds."""
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    app = pilot.app
    # What the app said and showed, so a failure on CI can be read without rerunning it.
    told = [message for message, _ in getattr(app, "_told", [])]
    screens = [type(screen).__name__ for screen in app.screen_stack]
    assert condition(), f"the app never reached the expected state; screens {screens}, told {told}"


def subtitle(app: GathertuiApp) -> str:
    return str(app.screen.sub_title)


async def pick_option(pilot: Pilot[None], app: GathertuiApp, ident: str) -> None:
    """In the list dialog in front (a delegation to import into), picks the option with
    the id `ident` with Enter."""
    from textual.widgets import OptionList

    from gathertui.tui.modals.pick import Pick

    assert isinstance(app.screen, Pick)
    options = app.screen.query_one(OptionList)
    ids = [options.get_option_at_index(n).id for n in range(options.option_count)]
    options.highlighted = ids.index(ident)
    await pilot.press("enter")
    await pilot.pause()

"""A page key in a list before it is drawn: Textual raised KeyError and the app ended.

The monkey met it in every form: Enter opens a Select's list, and a page key pressed
before the list is laid out looked up a line it did not have yet.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.events import Key
from textual.pilot import Pilot
from textual.widget import Widget

from gathertui.tui.widgets.lists import Select

SOURCE = Path(__file__).resolve().parents[2] / "src" / "gathertui"
KEYS = ["pageup", "pagedown", "home", "end"]


class OneWidget(App[None]):
    def __init__(self, widget: Widget) -> None:
        super().__init__()
        self.widget = widget

    def compose(self) -> ComposeResult:
        yield self.widget


async def press_at_once(app: App[None], pilot: Pilot[None], *keys: str) -> None:
    """Keys as a fast typist sends them: each handled before the next, and no pause in
    which the screen would be drawn."""
    for key in keys:
        app._driver.send_message(Key(key, None))  # type: ignore[union-attr]
        await pilot._wait_for_screen()


@pytest.mark.parametrize("key", KEYS)
async def test_page_key_as_a_select_opens(key: str) -> None:
    select: Select[int] = Select([(str(n), n) for n in range(30)], value=3)
    app = OneWidget(select)
    async with app.run_test(size=(60, 20)) as pilot:
        select.focus()
        await pilot.pause()
        await press_at_once(app, pilot, "enter", key)
        await pilot.pause()
        assert select.expanded
        # Drawn now, the same key pages as Textual's list does.
        await press_at_once(app, pilot, key)
        await pilot.pause()
    assert app._exception is None


def test_every_list_of_the_app_pages_safely() -> None:
    """No module builds Textual's own Select, SelectionList or OptionList."""
    unsafe = {"Select", "SelectionList", "OptionList"}
    built = []
    for path in sorted((SOURCE / "tui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        textual_names = {
            alias.asname or alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module == "textual.widgets"
            for alias in node.names
            if alias.name in unsafe
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func.value if isinstance(node.func, ast.Subscript) else node.func
            if isinstance(func, ast.Name) and func.id in textual_names:
                built.append(f"{path.relative_to(SOURCE)}:{node.lineno}")
    assert not built, built


class PartsLost(Select[str]):
    """A Select whose parts are gone when its mount is handled, as when the key after
    the one that opened its screen closed that screen (the monkey, seed 4)."""

    def compose(self) -> ComposeResult:
        return iter(())


async def test_a_select_that_lost_its_parts_mounts_without_ending_the_app() -> None:
    app = OneWidget(PartsLost([("Satu", "1")], id="lost"))
    async with app.run_test() as pilot:
        await pilot.pause()
        assert app.query_one("#lost").is_mounted
    assert app.return_code in (None, 0)

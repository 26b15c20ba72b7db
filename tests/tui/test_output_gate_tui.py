"""The app shows a file's escape sequences spelled out: the workspace's list of broken
plans, its rows and the notification of a plan that cannot be opened (issue 17)."""

from __future__ import annotations

from pathlib import Path

from flow_helpers import SIZE, new_app, notifications, shown, static_text, table
from textual.widgets import Static

from conftest import PLANS, VISIT
from gathertui.tui.screens.workspace import WorkspaceScreen

OSC = "\x1b]52;c;aGVsbG8=\x1b\\"
BIDI = "\u202e"
# A table declared twice whose quoted name holds an OSC 52 clipboard write.
DUPLICATE_TABLE = (
    '\n["\\u001b]52;c;aGVsbG8=\\u001b\\\\"]\nx = 1\n["\\u001b]52;c;aGVsbG8=\\u001b\\\\"]\n'
)
FORBIDDEN = {chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))}
FORBIDDEN |= {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}


def assert_clean(text: str) -> None:
    assert not {c for c in text if c in FORBIDDEN}, repr(text)


async def test_a_broken_plan_with_escapes_is_told_spelled_out(workspace: Path) -> None:
    (workspace / "dup.toml").write_text(
        (PLANS / VISIT).read_text(encoding="utf-8") + DUPLICATE_TABLE, encoding="utf-8"
    )
    # A file whose very name carries an escape and an override.
    (workspace / f"x{OSC}{BIDI}.toml").write_text("schema_version = 1\n[event\n", "utf-8")
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WorkspaceScreen)
        plans = table(app, "plans")
        errors = static_text(app.screen.query_one("#plan-errors", Static))
        assert "52;c;aGVsbG8=" in errors
        # The rows keep the data; the table spells it out as it draws it.
        for text in (errors, shown(plans)):
            assert_clean(text)
        # Enter on each broken plan says why, spelled out, and stays.
        for row in (3, 4):
            plans.move_to(row)
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, WorkspaceScreen)
        told = notifications(app)
        assert len(told) >= 2 and any("52;c;aGVsbG8=" in text for text in told)
        for text in told:
            assert_clean(text)


def screen_text(app: object) -> str:
    """Every line each visible widget of the screen draws, as the terminal gets it."""
    from textual.app import App
    from textual.geometry import Region
    from textual.widget import Widget

    assert isinstance(app, App)
    lines: list[str] = []
    for widget in app.screen.walk_children(Widget, with_self=True):
        width, height = widget.size
        if widget.display and width and height:
            strips = widget.render_lines(Region(0, 0, width, height))
            lines.extend(strip.text for strip in strips)
    return "\n".join(lines)


async def test_a_plan_with_escapes_in_every_field_is_drawn_spelled_out(
    workspace: Path,
) -> None:
    from gathertui.tui.screens.plan import TABS
    from test_output_gate import _fields, _settings

    for other in workspace.glob("*.toml"):
        if other.name != "gathertui.toml":
            other.unlink()
    (workspace / f"plan{BIDI}.toml").write_text(_fields(), encoding="utf-8")
    (workspace / "gathertui.toml").write_text(_settings(everywhere=False), encoding="utf-8")
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:

        async def press(*keys: str) -> None:
            for key in keys:
                await pilot.press(key)
                await pilot.pause()
                assert_clean(screen_text(app))

        await pilot.pause()
        assert_clean(screen_text(app))
        # The calendar, the settings; then the plan, each tab and its form (input fields
        # show the value being edited as it is: the app's line filter drops the controls).
        await press("k", "escape", "s", "escape", "enter")
        assert not isinstance(app.screen, WorkspaceScreen)
        for number in range(1, len(TABS) + 1):
            await press(str(number), "e", "escape")
        await press("1", "t", "escape", "l", "escape", "x", "escape")
        assert_clean("\n".join(notifications(app)))

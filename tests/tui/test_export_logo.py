"""The Export dialog prints the workspace's logo on the letterhead, and says so when the
file cannot be used, printing without it."""

from __future__ import annotations

from pathlib import Path

from flow_helpers import SIZE, new_app, notifications
from test_export_dialog import exported, open_export_form
from textual.widgets import Input, Select

# The tests run the app in English.
LEFT_OUT = "the letterhead is printed without it"


async def _export_html(workspace: Path) -> list[str]:
    """The visit's programme exported as HTML to acara.html; what the app said."""
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_export_form(pilot, app)
        form.query_one("#format", Select).value = "html"
        await pilot.pause()
        path = form.query_one("#path", Input)
        path.value = "acara.html"
        path.focus()
        await pilot.press("enter")
        await exported(pilot)
        said = notifications(app)
    return said


async def test_the_logo_is_embedded(workspace: Path) -> None:
    said = await _export_html(workspace)
    html = (workspace / "acara.html").read_text(encoding="utf-8")
    assert '<img src="data:image/png;base64,' in html
    assert not any(LEFT_OUT in note for note in said), said


async def test_a_logo_that_is_no_picture_is_left_out_and_said(workspace: Path) -> None:
    (workspace / "logo.png").write_text("not a picture", encoding="utf-8")
    said = await _export_html(workspace)
    html = (workspace / "acara.html").read_text(encoding="utf-8")
    assert "<img" not in html
    assert any(LEFT_OUT in note for note in said), said

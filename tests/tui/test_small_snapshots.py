"""80x24 is a supported size: every screen and the biggest dialogs at 80x24 in
Indonesian and English, compared with their reviewed pictures.

As in test_snapshots, the example workspace is opened read-only and no dialog is
submitted. A form on a screen this short scrolls its fields between the title and the
buttons; the agenda form is pictured scrolled to its last field by Tab.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input

from conftest import PLANS
from tui_helpers import make_app

SIZE = (80, 24)
# The list opens at the next plan from today; the visit is the first row.
OPEN_VISIT = ["home", "enter"]
LANGS = pytest.mark.parametrize("lang", ["id", "en"])
SCREENS = {
    "workspace": [],
    "overview": [*OPEN_VISIT, "1"],
    "roster": [*OPEN_VISIT, "2"],
    "agenda": [*OPEN_VISIT, "3"],
    "venues": [*OPEN_VISIT, "4"],
    "calendar": ["k"],
    "help": [*OPEN_VISIT, "f1"],
}
DIALOGS = {
    "person-form": [*OPEN_VISIT, "2", "a"],
    "agenda-form": [*OPEN_VISIT, "3", "e"],
    "agenda-form-last-field": [*OPEN_VISIT, "3", "e", *["tab"] * 8],
    "event-form": [*OPEN_VISIT, "1", "e"],
}


@pytest.fixture(autouse=True)
def still_cursor(monkeypatch: pytest.MonkeyPatch) -> None:
    """The focused input's cursor stays shown: a picture never catches it mid-blink."""
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)


@LANGS
@pytest.mark.parametrize("screen", SCREENS)
def test_screen_at_80x24(snap_compare, lang: str, screen: str) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(PLANS, lang), terminal_size=SIZE, press=SCREENS[screen])


@LANGS
@pytest.mark.parametrize("dialog", DIALOGS)
def test_dialog_at_80x24(snap_compare, lang: str, dialog: str) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(PLANS, lang), terminal_size=SIZE, press=DIALOGS[dialog])

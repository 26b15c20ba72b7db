"""Building the app for Pilot tests."""

from __future__ import annotations

from pathlib import Path

from gathertui.state import open_workspace
from gathertui.tui.app import GathertuiApp


def make_app(
    folder: Path, lang: str = "en", open_path: Path | None = None, *, git_status: bool = False
) -> GathertuiApp:
    """The app on `folder`; its git status is left out unless asked for, so a test of
    the example plans (in this repository) does not show where the checkout stands."""
    return GathertuiApp(open_workspace(folder), lang, open_path, git_status=git_status)


# The sizes snapshot tests picture the app at, and the language at each. The wide screen
# has room for the words of either language; the narrow one is where a longer word or
# label overflows, so both languages are pictured there.
SIZES = {"120x40": (120, 40), "80x24": (80, 24)}
LOOKS = [("id", "120x40"), ("id", "80x24"), ("en", "80x24")]

"""Building the app for Pilot tests."""

from __future__ import annotations

from pathlib import Path

from gathertui.state import open_workspace
from gathertui.tui.app import GathertuiApp


def make_app(folder: Path, lang: str = "en", open_path: Path | None = None) -> GathertuiApp:
    return GathertuiApp(open_workspace(folder), lang, open_path)

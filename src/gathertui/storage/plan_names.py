"""Which file names a new plan may take: `*.toml`, and never the workspace's settings.

`gathertui new` and the app's duplicate write new plans; a `.csv` name or
`gathertui.toml` would make a file the workspace reads as something else.
"""

from __future__ import annotations

from pathlib import Path

from gathertui.glance import SETTINGS_FILE


def plan_name_refused(path: Path) -> str | None:
    """The key of the sentence saying why `path` cannot be a new plan; None if it can."""
    if path.name == SETTINGS_FILE:
        return "files.settings_name"
    if path.suffix != ".toml" or path.name.startswith("."):
        return "files.not_toml"
    return None


def inside(folder: Path, path: Path) -> bool:
    """Whether `path` is a file directly in `folder` (the workspace's plans are)."""
    return path.parent.resolve() == folder.resolve()

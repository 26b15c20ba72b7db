"""The user's state folder: recovery copies, running instances, crash reports."""

from __future__ import annotations

import os
from pathlib import Path


def state_folder() -> Path:
    """platformdirs' state folder for gathertui; `GATHERTUI_STATE_DIR` overrides it
    (tests, and a person who wants it elsewhere)."""
    override = os.environ.get("GATHERTUI_STATE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_state_path

    return user_state_path("gathertui")

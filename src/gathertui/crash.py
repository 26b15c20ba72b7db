"""When the app stops on an error it did not expect: a report for whoever fixes it.

The traceback goes to a file in the state folder (beside the recovery copies), not
to the terminal; the person is told where it is and where their unsaved work waits.
"""

from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path

from gathertui.user_state import state_folder


def write_report(error: BaseException) -> Path | None:
    """The traceback of `error` in a new file of the state folder; None if it cannot
    be written (the terminal then gets the traceback instead)."""
    folder = state_folder() / "crashes"
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = folder / f"crash-{stamp}.txt"
    text = "".join(traceback.format_exception(error))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", errors="backslashreplace")
    except OSError:
        return None
    return path


def recovery_folder() -> Path:
    return state_folder() / "recovery"

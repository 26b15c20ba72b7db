"""Today's date, which GATHERTUI_TODAY=YYYY-MM-DD fixes for tests and reproducible CI.

Its own small module: the workspace list opens at today before the first frame, when
the planning modules (and pydantic with them) are not imported yet.
"""

from __future__ import annotations

import os
from datetime import date


def today() -> date:
    fixed = os.environ.get("GATHERTUI_TODAY")
    return date.fromisoformat(fixed) if fixed else date.today()

"""The semester calendar at 120x40 in Indonesian and English, compared with its reviewed
picture: semester I 2024 of the example workspace, on its plan's day (22 February).

Today is fixed at 2024-12-01 (conftest), so "p" goes to 1 June 2024; three months back
and three weeks down is 22 February.
"""

from __future__ import annotations

import pytest

from conftest import PLANS
from tui_helpers import make_app

SIZE = (120, 40)
TO_THE_GATHERING = ["k", "p", "pageup", "pageup", "pageup", "pageup", "down", "down", "down"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_calendar_semester_one(snap_compare, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(PLANS, lang), terminal_size=SIZE, press=TO_THE_GATHERING)

"""An event's hours, when its file gives them, in the printouts' heading and the .ics."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from conftest import PLANS, VISIT
from gathertui.exports import export
from gathertui.i18n.dates import period
from gathertui.model.plan import Plan
from gathertui.storage import load_plan

FRIDAY = date(2025, 3, 14)
SATURDAY = date(2025, 3, 15)


@pytest.mark.parametrize(
    ("last", "begin", "end", "expected"),
    [
        (FRIDAY, None, None, "Jumat, 14 Maret 2025"),
        (FRIDAY, time(9), None, "Jumat, 14 Maret 2025, 09.00 WITA"),
        (FRIDAY, time(9), time(12), "Jumat, 14 Maret 2025, 09.00–12.00 WITA"),
        (FRIDAY, None, time(12), "Jumat, 14 Maret 2025, –12.00 WITA"),
        (SATURDAY, None, None, "Jumat, 14 Maret 2025 – Sabtu, 15 Maret 2025"),
        (
            SATURDAY,
            time(9),
            time(12),
            "Jumat, 14 Maret 2025, 09.00 – Sabtu, 15 Maret 2025, 12.00 WITA",
        ),
    ],
)
def test_period(last: date, begin: time | None, end: time | None, expected: str) -> None:
    assert period(FRIDAY, last, begin, end, "Asia/Makassar", "id") == expected


def _visit_with_hours() -> Plan:
    plan = load_plan(PLANS / VISIT).model
    event = plan.event.model_copy(
        update={"start": datetime(2023, 5, 26, 9, 45), "end": datetime(2023, 5, 26, 12, 0)}
    )
    return plan.model_copy(update={"event": event})


def test_printout_heading_gives_the_hours() -> None:
    text = export(_visit_with_hours(), None, "agenda", "txt", "id").decode()
    assert "Jumat, 26 Mei 2023\n" in text
    assert "Pukul 09.45 WIB s.d. 12.00 WIB" in text
    plain = export(load_plan(PLANS / VISIT).model, None, "agenda", "txt", "id").decode()
    assert "Jumat, 26 Mei 2023\n" in plain


def test_ics_uids_do_not_depend_on_the_hours() -> None:
    with_hours = export(_visit_with_hours(), None, "agenda", "ics", "id")
    without = export(load_plan(PLANS / VISIT).model, None, "agenda", "ics", "id")
    assert with_hours == without

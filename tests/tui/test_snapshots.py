"""Every screen at 120x40 in Indonesian and English, compared with its reviewed picture.

The example workspace is opened read-only, so the pictures never depend on a temporary
folder's name. Review `snapshot_report.html` before `pytest --snapshot-update`.
"""

from __future__ import annotations

import pytest

from conftest import PLANS
from tui_helpers import make_app

SIZE = (120, 40)
# The list opens at the next plan from today (the last, in the tests' 2024-12-01): home
# goes up to the visit.
OPEN_VISIT = ["home", "enter"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_workspace_screen(snap_compare, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(PLANS, lang), terminal_size=SIZE)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(
    "tab",
    ["1", "2", "3", "4", "5"],
    ids=["overview", "roster", "agenda", "venues", "delegations"],
)
def test_plan_tabs(snap_compare, lang: str, tab: str) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(PLANS, lang), terminal_size=SIZE, press=[*OPEN_VISIT, tab])


@pytest.mark.parametrize("lang", ["id", "en"])
def test_add_person_form(snap_compare, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(PLANS, lang), terminal_size=SIZE, press=[*OPEN_VISIT, "2", "a"])


@pytest.mark.parametrize("lang", ["id", "en"])
def test_edit_delegation_form(snap_compare, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(PLANS, lang), terminal_size=SIZE, press=[*OPEN_VISIT, "5", "e"])


@pytest.mark.parametrize("lang", ["id", "en"])
def test_help_screen(snap_compare, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(PLANS, lang), terminal_size=SIZE, press=[*OPEN_VISIT, "f1"])


def test_quotas_form(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(PLANS, "en"), terminal_size=SIZE, press=[*OPEN_VISIT, "2", "q"])


@pytest.mark.parametrize("lang", ["id", "en"])
def test_settings_screen(snap_compare, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(PLANS, lang), terminal_size=SIZE, press=["s"])

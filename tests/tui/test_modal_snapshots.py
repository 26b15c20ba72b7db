"""Every dialog at 120x40 in Indonesian and English, opened with the keys a person presses.

The example workspace is opened read-only, as in test_snapshots; no dialog here is
submitted, so nothing is written to it.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input

from conftest import PLANS
from tui_helpers import make_app

SIZE = (120, 40)
# The list opens at the next plan from today (the last, in the tests' 2024-12-01): home
# goes up to the visit.
OPEN_VISIT = ["home", "enter"]
LANGS = pytest.mark.parametrize("lang", ["id", "en"])


@pytest.fixture(autouse=True)
def still_cursor(monkeypatch: pytest.MonkeyPatch) -> None:
    """The focused input's cursor stays shown: a picture never catches it mid-blink."""
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)


def snap(snap_compare, lang: str, press: list[str]) -> bool:  # type: ignore[no-untyped-def]
    return bool(snap_compare(make_app(PLANS, lang), terminal_size=SIZE, press=press))


def test_quotas_form_in_indonesian(snap_compare) -> None:  # type: ignore[no-untyped-def]
    # The English one is test_snapshots.test_quotas_form.
    assert snap(snap_compare, "id", [*OPEN_VISIT, "2", "q"])


@LANGS
def test_edit_person_form(snap_compare, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert snap(snap_compare, lang, [*OPEN_VISIT, "2", "enter"])


@LANGS
def test_event_form(snap_compare, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert snap(snap_compare, lang, [*OPEN_VISIT, "1", "e"])


@LANGS
@pytest.mark.parametrize("key", ["e", "a"], ids=["edit", "add"])
def test_agenda_form(snap_compare, lang: str, key: str) -> None:  # type: ignore[no-untyped-def]
    assert snap(snap_compare, lang, [*OPEN_VISIT, "3", key])


@LANGS
@pytest.mark.parametrize("key", ["e", "a"], ids=["edit", "add"])
def test_venue_form(snap_compare, lang: str, key: str) -> None:  # type: ignore[no-untyped-def]
    assert snap(snap_compare, lang, [*OPEN_VISIT, "4", key])


@LANGS
def test_venue_reuse_pick(snap_compare, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert snap(snap_compare, lang, [*OPEN_VISIT, "4", "u"])


@LANGS
def test_export_form(snap_compare, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert snap(snap_compare, lang, [*OPEN_VISIT, "x"])


@LANGS
def test_new_plan_form(snap_compare, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert snap(snap_compare, lang, ["n"])


@LANGS
def test_delete_person_question(snap_compare, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert snap(snap_compare, lang, [*OPEN_VISIT, "2", "delete"])


@LANGS
def test_unsaved_quit_question(snap_compare, lang: str) -> None:  # type: ignore[no-untyped-def]
    # Space changes the first person's attendance: an edit, kept in memory only.
    assert snap(snap_compare, lang, [*OPEN_VISIT, "2", "space", "ctrl+q"])


@LANGS
def test_duplicate_name_question(snap_compare, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert snap(snap_compare, lang, ["home", "c"])

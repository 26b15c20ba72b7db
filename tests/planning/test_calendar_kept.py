"""The holidays and outside events are worked out once per settings, kept by the values
they are made from: settings changed in place (as the settings screen does to its copy)
are seen at once, and a returned list is the caller's own."""

from __future__ import annotations

from datetime import date

from gathertui.model.enums import HolidayAction
from gathertui.model.workspace import HolidayOverride, OutsideEvent, WorkspaceSettings
from gathertui.planning.calendar import outside_events, public_holidays

DAY = date(2024, 5, 6)


def test_a_correction_added_in_place_is_seen() -> None:
    settings = WorkspaceSettings()
    assert not [e for e in public_holidays([2024], settings) if e.day == DAY]
    settings.holidays.append(HolidayOverride(date=DAY, action=HolidayAction.ADD, name="Libur"))
    assert [e.title for e in public_holidays([2024], settings) if e.day == DAY] == ["Libur"]
    settings.holidays.clear()
    assert not [e for e in public_holidays([2024], settings) if e.day == DAY]


def test_an_outside_event_changed_in_place_is_seen() -> None:
    settings = WorkspaceSettings(calendar=[OutsideEvent(id="pawai", title="Pawai", start=DAY)])
    assert [e.title for e in outside_events(settings)] == ["Pawai"]
    settings.calendar[0] = OutsideEvent(id="pawai", title="Pawai Budaya", start=DAY)
    assert [e.title for e in outside_events(settings)] == ["Pawai Budaya"]


def test_the_lists_returned_are_the_callers_own() -> None:
    settings = WorkspaceSettings(calendar=[OutsideEvent(id="a", title="A", start=DAY)])
    public_holidays([2024], settings).clear()
    assert public_holidays([2024], settings)
    outside_events(settings).clear()
    assert outside_events(settings)

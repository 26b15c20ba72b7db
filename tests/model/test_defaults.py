"""What a plan means where its file says nothing, decided in one place."""

from __future__ import annotations

from datetime import date

from gathertui.model import Event, Organization, Plan, Preferences, Status, WorkspaceSettings
from gathertui.model.defaults import (
    DEFAULT_TIMEZONE,
    days_from,
    effective_zone,
    is_cancelled,
    new_plan_defaults,
    workspace_zone,
)
from gathertui.model.templates import new_plan
from gathertui.model.workspace import OutsideEvent

MAKASSAR = WorkspaceSettings(
    organization=Organization(name="Pemerintah Kota Makassar"),
    settings=Preferences(timezone="Asia/Makassar"),
)


def _plan(timezone: str | None = None) -> Plan:
    event = Event(title="Rapat", start=date(2024, 3, 14), timezone=timezone)
    return Plan(schema_version=1, event=event)


def test_a_plan_without_a_zone_takes_its_workspace_zone() -> None:
    assert effective_zone(_plan(), MAKASSAR) == "Asia/Makassar"


def test_a_plan_own_zone_wins() -> None:
    assert effective_zone(_plan("Asia/Jayapura"), MAKASSAR) == "Asia/Jayapura"


def test_without_a_workspace_zone_the_default_is_wib() -> None:
    assert DEFAULT_TIMEZONE == "Asia/Jakarta"
    assert workspace_zone(None) == DEFAULT_TIMEZONE
    assert workspace_zone(WorkspaceSettings()) == DEFAULT_TIMEZONE
    assert effective_zone(_plan(), None) == DEFAULT_TIMEZONE


def test_a_new_plan_is_hosted_by_the_workspace_in_its_zone() -> None:
    defaults = new_plan_defaults(MAKASSAR)
    assert (defaults.host, defaults.timezone) == ("Pemerintah Kota Makassar", "Asia/Makassar")
    plan = new_plan("visit", "Kunjungan", date(2024, 3, 14), MAKASSAR)
    assert (plan.event.host, plan.event.timezone) == ("Pemerintah Kota Makassar", "Asia/Makassar")
    assert plan.delegations[0].organization == "Pemerintah Kota Makassar"


def test_a_new_plan_of_no_workspace() -> None:
    defaults = new_plan_defaults(None)
    assert (defaults.host, defaults.timezone) == (None, DEFAULT_TIMEZONE)
    plan = new_plan("media-gathering", "Media", date(2024, 3, 14), None)
    assert (plan.event.host, plan.event.timezone) == (None, DEFAULT_TIMEZONE)


def test_only_a_cancelled_event_is_cancelled() -> None:
    event = _plan().event
    assert [is_cancelled(event.model_copy(update={"status": s})) for s in Status] == [
        s is Status.CANCELLED for s in Status
    ]


def test_days_count_both_ends() -> None:
    assert days_from(date(2024, 2, 28), date(2024, 3, 1)) == [
        date(2024, 2, 28),
        date(2024, 2, 29),
        date(2024, 3, 1),
    ]
    assert days_from(date(2024, 3, 14), None) == [date(2024, 3, 14)]


def test_events_and_calendar_events_share_the_days() -> None:
    event = Event(title="Rapat", start=date(2024, 3, 14), end=date(2024, 3, 15))
    outside = OutsideEvent(id="x", title="X", start=date(2024, 3, 14), end=date(2024, 3, 15))
    assert event.days() == outside.days() == [date(2024, 3, 14), date(2024, 3, 15)]
    assert event.last_day == date(2024, 3, 15)

"""What a plan means where its file says nothing: its zone, its days, a new plan's host.

Each default is decided here once. The model, the checks, the exports, the CLI and the
forms ask these functions, so a workspace's settings count the same everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from gathertui.model.enums import Status

if TYPE_CHECKING:
    from gathertui.model.plan import Event, Plan
    from gathertui.model.workspace import WorkspaceSettings

# WIB: the zone of Java and most of Sumatra, where most city governments are.
DEFAULT_TIMEZONE = "Asia/Jakarta"


def days_from(start: date, end: date | None) -> list[date]:
    """Every day from `start` to `end`, both counted; without an end, the one day."""
    count = ((end or start) - start).days + 1
    return [start + timedelta(days=n) for n in range(count)]


def workspace_zone(settings: WorkspaceSettings | None) -> str:
    """The zone of a plan that names none: the workspace's `timezone`, else WIB."""
    return (settings.settings.timezone if settings else None) or DEFAULT_TIMEZONE


def effective_zone(plan: Plan, settings: WorkspaceSettings | None) -> str:
    """The zone a plan's times are in: its own, else its workspace's."""
    return plan.event.timezone or workspace_zone(settings)


@dataclass(frozen=True)
class NewPlanDefaults:
    host: str | None
    timezone: str


def new_plan_defaults(settings: WorkspaceSettings | None) -> NewPlanDefaults:
    """A new plan is hosted by the workspace's organisation, in the workspace's zone."""
    organization = settings.organization if settings else None
    return NewPlanDefaults(organization.name if organization else None, workspace_zone(settings))


def is_cancelled(event: Event) -> bool:
    """A cancelled plan books no room, no person and no day."""
    return event.status is Status.CANCELLED

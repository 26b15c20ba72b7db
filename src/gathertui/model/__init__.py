"""The data of plan files and workspace settings; validation lives here."""

from gathertui.model.defaults import DEFAULT_TIMEZONE
from gathertui.model.enums import (
    Attendance,
    Category,
    EventKind,
    HolidayAction,
    Language,
    Paper,
    Side,
    Status,
)
from gathertui.model.plan import (
    SCHEMA_VERSION,
    AgendaItem,
    Delegation,
    Event,
    Person,
    Plan,
    Quotas,
    Venue,
)
from gathertui.model.workspace import (
    HolidayOverride,
    Organization,
    OutsideEvent,
    Preferences,
    Target,
    WorkspaceSettings,
)

__all__ = [
    "DEFAULT_TIMEZONE",
    "SCHEMA_VERSION",
    "AgendaItem",
    "Attendance",
    "Category",
    "Delegation",
    "Event",
    "EventKind",
    "HolidayAction",
    "HolidayOverride",
    "Language",
    "Organization",
    "OutsideEvent",
    "Paper",
    "Person",
    "Plan",
    "Preferences",
    "Quotas",
    "Side",
    "Status",
    "Target",
    "Venue",
    "WorkspaceSettings",
]

"""Edit the event: title, kind, dates, time zone, host, dress, status, notes."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from pydantic import ValidationError
from textual.app import ComposeResult
from textual.containers import Grid, Vertical, VerticalScroll
from textual.widgets import Input, Label, Static

from gathertui.describe import finding_message
from gathertui.i18n.dates import clock
from gathertui.i18n.labels import label
from gathertui.model.defaults import effective_zone
from gathertui.model.enums import EventKind, Status
from gathertui.model.plan import Event, Plan
from gathertui.model.references import plan_findings
from gathertui.model.workspace import WorkspaceSettings
from gathertui.tui.modals.agenda_form import parse_clock
from gathertui.tui.modals.form import FormModal
from gathertui.tui.text import said, t
from gathertui.tui.widgets.lists import Select

# Indonesia's three zones first, as staff pick them most; the rest by name.
ZONES = [
    ("WIB (Asia/Jakarta)", "Asia/Jakarta"),
    ("WITA (Asia/Makassar)", "Asia/Makassar"),
    ("WIT (Asia/Jayapura)", "Asia/Jayapura"),
    ("WIB (Asia/Pontianak)", "Asia/Pontianak"),
    ("Asia/Singapore", "Asia/Singapore"),
    ("Asia/Kuala_Lumpur", "Asia/Kuala_Lumpur"),
    ("UTC", "UTC"),
]


def zone_choices(shown: str) -> list[tuple[str, str]]:
    """The usual zones, and `shown` at the end when it is none of them."""
    return ZONES if shown in (name for _, name in ZONES) else [*ZONES, (shown, shown)]


def _clock(at: time | None, lang: str) -> str:
    return clock(at, lang) if at else ""


class EventForm(FormModal[Event]):
    def __init__(self, plan: Plan, settings: WorkspaceSettings) -> None:
        """`settings`: the workspace's, whose time zone a plan without its own is in."""
        super().__init__(plan.event)
        self.plan = plan
        self.event = plan.event
        self.zone = effective_zone(plan, settings)

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        event = self.event
        with Vertical(classes="dialog form"):
            yield Static(t(self, "ui.edit_event"), classes="title")
            with VerticalScroll(classes="fields-scroll"), Grid(classes="fields"):
                yield Label(t(self, "field.title"))
                yield Input(event.title, id="title", compact=True)
                yield Label(t(self, "field.kind"))
                yield Select(
                    [(label(k, lang), k.value) for k in EventKind],
                    value=event.kind.value,
                    allow_blank=False,
                    id="kind",
                    compact=True,
                )
                first = event.first_day.isoformat()
                yield Label(t(self, "field.start"))
                yield Input(first, id="start", placeholder="2024-03-14", compact=True)
                yield Label(t(self, "field.start_time"))
                yield Input(
                    _clock(event.start_time, lang),
                    id="start-time",
                    placeholder="09.00",
                    compact=True,
                )
                yield Label(t(self, "field.end"))
                yield Input(
                    event.last_day.isoformat() if event.end else "",
                    id="end",
                    placeholder=first,
                    compact=True,
                )
                yield Label(t(self, "field.end_time"))
                yield Input(
                    _clock(event.end_time, lang), id="end-time", placeholder="12.00", compact=True
                )
                yield Label(t(self, "field.timezone"))
                # The zone in effect, the workspace's where the plan names none; it is
                # written into the plan only when the person picks another.
                yield Select(
                    zone_choices(self.zone),
                    value=self.zone,
                    allow_blank=False,
                    id="timezone",
                    compact=True,
                )
                yield Label(t(self, "field.host"))
                yield Input(event.host or "", id="host", compact=True)
                yield Label(t(self, "field.dress"))
                yield Input(event.dress or "", id="dress", compact=True, placeholder="PDH / Batik")
                yield Label(t(self, "field.status"))
                yield Select(
                    [(label(s, lang), s.value) for s in Status],
                    value=event.status.value,
                    allow_blank=False,
                    id="status",
                    compact=True,
                )
                yield Label(t(self, "field.notes"))
                yield Input(event.notes or "", id="notes", compact=True)
            yield from self.compose_footer()

    def on_mount(self) -> None:
        if self.answered:
            return
        self.query_one("#title", Input).focus()

    def _moments(self, problems: list[str]) -> dict[str, date | datetime | None]:
        """The start and the end as typed: a day, a day with its hour, or none (no end).

        An end hour without an end day ends on the first day."""
        found: dict[str, date | datetime | None] = {}
        first: date | None = None
        for field in ("start", "end"):
            text = self.query_one(f"#{field}", Input).value.strip()
            hour_text = self.query_one(f"#{field}-time", Input).value.strip()
            hour = parse_clock(hour_text) if hour_text else None
            if hour_text and hour is None:
                problems.append(t(self, "ui.bad_clock", field=t(self, f"field.{field}_time")))
            day: date | None = None
            if text:
                try:
                    day = date.fromisoformat(text)
                except ValueError:
                    problems.append(t(self, "ui.bad_date", field=t(self, f"field.{field}")))
            elif field == "start":
                problems.append(t(self, "ui.bad_date", field=t(self, "field.start")))
            elif hour is not None:
                day = first
            first = first or day
            found[field] = datetime.combine(day, hour) if day and hour else day
        return found

    def build(self) -> tuple[Event | None, list[str]]:
        # Fields the form does not show (the organizer) are kept as they were.
        data: dict[str, Any] = self.event.model_dump(exclude_none=True)
        problems: list[str] = []
        for field in ("title", "host", "dress", "notes"):
            text = self.query_one(f"#{field}", Input).value.strip()
            if text or field == "title":
                data[field] = text
            else:
                data.pop(field, None)
        moments = self._moments(problems)
        for field in ("kind", "timezone", "status"):
            data[field] = self.query_one(f"#{field}", Select).value
        if problems:
            return None, problems
        data = self.as_edited(data)
        for field, moment in moments.items():
            # A day or an hour the person changed makes the value anew; one left as
            # shown keeps the original's, seconds and all.
            if not (self.edited(field) or self.edited(f"{field}-time")):
                continue
            if moment is None:
                data.pop(field, None)
            else:
                data[field] = moment
        try:
            event = Event.model_validate(data)
        except ValidationError as error:
            return None, self.explain(error, Event)
        # New dates must still hold every agenda day, or the file would not load again.
        findings = plan_findings(self.plan.model_copy(update={"event": event}))
        return (
            (None, [said(self, finding_message(f)) for f in findings]) if findings else (event, [])
        )

"""Add or edit a venue: name, building, floor, address, capacity, facilities, contact."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from textual.app import ComposeResult
from textual.containers import Grid, Vertical, VerticalScroll
from textual.widgets import Input, Label, Static

from gathertui.model.plan import Plan, Venue
from gathertui.planning.editing import unique_id
from gathertui.tui.modals.form import FormModal
from gathertui.tui.text import t

TEXT_FIELDS = ("name", "building", "floor", "address", "contact", "notes")


class VenueForm(FormModal[Venue]):
    def __init__(self, plan: Plan, venue: Venue | None) -> None:
        super().__init__(venue)
        self.plan = plan
        self.venue = venue

    def compose(self) -> ComposeResult:
        venue = self.venue
        with Vertical(classes="dialog form"):
            yield Static(t(self, "ui.edit_venue" if venue else "ui.add_venue"), classes="title")
            with VerticalScroll(classes="fields-scroll"), Grid(classes="fields"):
                for field in TEXT_FIELDS[:4]:
                    yield from self._text(field, getattr(venue, field) if venue else None)
                yield Label(t(self, "field.capacity"))
                capacity = venue.capacity if venue else None
                yield Input(
                    str(capacity) if capacity else "",
                    id="capacity",
                    type="integer",
                    # Optional: empty is not a mistake, so it is not marked as one.
                    valid_empty=True,
                    placeholder=t(self, "hint.capacity"),
                    compact=True,
                )
                yield from self._text("facilities", ", ".join(venue.facilities) if venue else "")
                for field in TEXT_FIELDS[4:]:
                    yield from self._text(field, getattr(venue, field) if venue else None)
            yield from self.compose_footer()

    def _text(self, field: str, value: str | None) -> ComposeResult:
        yield Label(t(self, f"field.{field}"))
        yield Input(value or "", id=field, placeholder=t(self, f"hint.venue_{field}"), compact=True)

    def on_mount(self) -> None:
        if self.answered:
            return
        self.query_one("#name", Input).focus()

    def build(self) -> tuple[Venue | None, list[str]]:
        data: dict[str, Any] = {}
        for field in TEXT_FIELDS:
            text = self.query_one(f"#{field}", Input).value.strip()
            if text or field == "name":
                data[field] = text
        capacity = self.query_one("#capacity", Input).value.strip()
        if capacity:
            data["capacity"] = int(capacity) if capacity.lstrip("-").isdigit() else capacity
        facilities = self.query_one("#facilities", Input).value
        data["facilities"] = [f.strip() for f in facilities.split(",") if f.strip()]
        taken = [v.id for v in self.plan.venues]
        data["id"] = self.venue.id if self.venue else unique_id(data["name"] or "tempat", taken)
        try:
            return Venue.model_validate(self.as_edited(data)), []
        except ValidationError as error:
            return None, self.explain(error, Venue)

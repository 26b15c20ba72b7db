"""Add or edit a venue: name, building, floor, address, capacity, facilities, contact, and
the layout of its seats for the seating plan (each part empty or 0 when the room has none;
a room with none of them has no layout)."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from textual.app import ComposeResult
from textual.containers import Grid, Vertical, VerticalScroll
from textual.widgets import Input, Label, Static

from gathertui.model.plan import Layout, Plan, Venue
from gathertui.planning.editing import unique_id
from gathertui.tui.modals.form import FormModal
from gathertui.tui.text import t

TEXT_FIELDS = ("name", "building", "floor", "address", "contact", "notes")
# The layout's keys, each a field of the form (its id and its label's key).
LAYOUT_FIELDS = tuple(Layout.model_fields)


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
                yield self._number("capacity", capacity, "hint.capacity")
                yield from self._text("facilities", ", ".join(venue.facilities) if venue else "")
                for field in TEXT_FIELDS[4:]:
                    yield from self._text(field, getattr(venue, field) if venue else None)
                layout = venue.layout if venue else None
                for field in LAYOUT_FIELDS:
                    yield Label(t(self, f"field.{field}"))
                    hint = "hint.aisle_after" if field == "aisle_after" else "hint.seat_count"
                    yield self._number(field, getattr(layout, field, None), hint)
            yield from self.compose_footer()

    def _number(self, field: str, value: int | None, hint: str) -> Input:
        return Input(
            str(value) if value else "",
            id=field,
            type="integer",
            # Optional: empty is not a mistake, so it is not marked as one.
            valid_empty=True,
            placeholder=t(self, hint),
            compact=True,
        )

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
        capacity = self._typed("capacity")
        if capacity != "":
            data["capacity"] = capacity
        facilities = self.query_one("#facilities", Input).value
        data["facilities"] = [f.strip() for f in facilities.split(",") if f.strip()]
        taken = [v.id for v in self.plan.venues]
        data["id"] = self.venue.id if self.venue else unique_id(data["name"] or "tempat", taken)
        try:
            layout = self._layout()
        except ValidationError as error:
            return None, self.explain(error, Layout)
        if layout is not None:
            data["layout"] = layout
        try:
            return Venue.model_validate(self.as_edited(data)), []
        except ValidationError as error:
            return None, self.explain(error, Venue)

    def _typed(self, field: str) -> int | str:
        """A number field's value: a whole number, or the text as typed for pydantic to
        say what it should be ("" when empty)."""
        text = self.query_one(f"#{field}", Input).value.strip()
        return int(text) if text.lstrip("-").isdigit() else text

    def _layout(self) -> Layout | None:
        """The layout the fields describe; None when every part is empty or 0. Raises
        pydantic's ValidationError for a number out of bounds or not a number."""
        typed = {field: self._typed(field) for field in LAYOUT_FIELDS}
        layout = Layout.model_validate({k: v for k, v in typed.items() if v not in ("", 0)})
        return None if layout == Layout() else layout

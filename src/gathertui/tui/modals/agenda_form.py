"""Add or edit an agenda item: every field of the file, with pickers for the references."""

from __future__ import annotations

import re
from datetime import date, time
from typing import Any

from pydantic import ValidationError
from textual.app import ComposeResult
from textual.containers import Grid, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Checkbox, Input, Label, Static

from gathertui.i18n.dates import clock, long_date
from gathertui.model.plan import AgendaItem, Plan
from gathertui.planning.agenda import days_of, new_item_id
from gathertui.tui.modals.form import FormModal
from gathertui.tui.text import t
from gathertui.tui.widgets.lists import Select, SelectionList

_CLOCK = re.compile(r"^\s*(\d{1,2})[.:](\d{2})\s*$")


def parse_clock(text: str) -> time | None:
    """ "09.45" or "9:45" → 09:45; None if it is not a time of day."""
    match = _CLOCK.match(text)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        return None
    return time(int(match[1]), int(match[2]))


class AgendaForm(FormModal[AgendaItem]):
    def __init__(self, plan: Plan, item: AgendaItem | None, day: date, start: time) -> None:
        """`day` and `start` are the suggestions for a new item (where it would land)."""
        super().__init__(item)
        self.plan = plan
        self.item = item
        self.day = item.day_in(plan.event) if item else day
        self.start = item.start if item else start

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        item = self.item
        people = [(p.name, p.id) for p in self.plan.people]
        with Vertical(classes="dialog form"):
            yield Static(t(self, "ui.edit_item" if item else "ui.add_item"), classes="title")
            with VerticalScroll(classes="fields-scroll"), Grid(classes="fields"):
                yield Label(t(self, "field.title"))
                yield Input(
                    item.title if item else "",
                    id="title",
                    compact=True,
                    placeholder=t(self, "hint.name"),
                )
                yield Label(t(self, "field.day"))
                yield Select(
                    [(long_date(d, lang), d.isoformat()) for d in days_of(self.plan)],
                    value=self.day.isoformat(),
                    allow_blank=False,
                    id="day",
                    compact=True,
                )
                yield Label(t(self, "field.time"))
                yield Input(clock(self.start, lang), id="start", compact=True, placeholder="09.45")
                yield Label(t(self, "field.minutes"))
                yield Input(
                    str(item.minutes if item else 10), id="minutes", compact=True, type="integer"
                )
                yield Label(t(self, "field.pinned"))
                yield Checkbox(
                    t(self, "hint.pinned"),
                    item.pinned if item else False,
                    id="pinned",
                    compact=True,
                )
                yield Label(t(self, "field.venue"))
                yield Select(
                    [(v.name, v.id) for v in self.plan.venues],
                    value=self._default_venue() or Select.NULL,
                    id="venue",
                    prompt=t(self, "ui.none"),
                    compact=True,
                )
                yield Label(t(self, "field.pic"))
                yield Select(
                    people,
                    value=item.pic if item and item.pic else Select.NULL,
                    id="pic",
                    prompt=t(self, "ui.none"),
                    compact=True,
                )
                yield Label(t(self, "field.speakers"))
                yield SelectionList[str](
                    *(
                        (Content(name), ident, bool(item and ident in item.speakers))
                        for name, ident in people
                    ),
                    id="speakers",
                    compact=True,
                )
                yield Label(t(self, "field.remarks"))
                yield Input(
                    (item.remarks or "") if item else "",
                    id="remarks",
                    compact=True,
                    placeholder=t(self, "hint.remarks"),
                )
                yield Label(t(self, "field.notes"))
                yield Input(
                    (item.notes or "") if item else "",
                    id="notes",
                    compact=True,
                    placeholder=t(self, "hint.notes"),
                )
            yield Static(t(self, "ui.start_rule"), classes="hint", markup=False)
            yield from self.compose_footer()

    def _default_venue(self) -> str | None:
        if self.item is not None:
            return self.item.venue
        # A new item is usually in the room of the item before the place it lands in.
        here = (self.day, self.start)
        placed = [(i.day_in(self.plan.event), i.start, i.venue) for i in self.plan.rundown()]
        before = [venue for day, start, venue in placed if venue and (day, start) <= here]
        if before:
            return before[-1]
        after = [venue for _, _, venue in placed if venue]
        if after:
            return after[0]
        return self.plan.venues[0].id if self.plan.venues else None

    def on_mount(self) -> None:
        if self.answered:
            return
        self.query_one("#title", Input).focus()

    def build(self) -> tuple[AgendaItem | None, list[str]]:
        problems: list[str] = []
        title = self.query_one("#title", Input).value.strip()
        start = parse_clock(self.query_one("#start", Input).value)
        if start is None:
            problems.append(t(self, "ui.bad_time"))
        day = date.fromisoformat(str(self.query_one("#day", Select).value))
        data: dict[str, Any] = {
            "id": self.item.id if self.item else new_item_id(self.plan, title or "acara"),
            "day": None if day == self.plan.event.first_day else day,
            "start": start or self.start,
            "pinned": self.query_one("#pinned", Checkbox).value,
            "title": title,
            "speakers": list(self.query_one("#speakers", SelectionList).selected),
        }
        minutes = self.query_one("#minutes", Input).value.strip()
        if minutes.lstrip("-").isdigit():
            data["minutes"] = int(minutes)  # left out when empty, so it is said to be needed
        for field in ("venue", "pic"):
            choice = self.query_one(f"#{field}", Select).value
            if choice is not Select.NULL:
                data[field] = choice
        for field in ("remarks", "notes"):
            text = self.query_one(f"#{field}", Input).value.strip()
            if text:
                data[field] = text
        try:
            item = AgendaItem.model_validate(self.as_edited(data))
        except ValidationError as error:
            problems += self.explain(error, AgendaItem)
            return None, problems
        return (None, problems) if problems else (item, [])

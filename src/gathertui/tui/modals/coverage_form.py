"""Add or edit a coverage entry: outlet, title, link, date, kind, notes."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import ValidationError
from textual.app import ComposeResult
from textual.containers import Grid, Vertical, VerticalScroll
from textual.widgets import Input, Label, Static

from gathertui.i18n.labels import label
from gathertui.model.enums import CoverageKind
from gathertui.model.plan import Coverage
from gathertui.tui.modals.form import FormModal
from gathertui.tui.text import t
from gathertui.tui.widgets.lists import Select

TEXT_FIELDS = ("outlet", "title", "url", "notes")


class CoverageForm(FormModal[Coverage]):
    def __init__(self, entry: Coverage | None) -> None:
        super().__init__(entry)
        self.entry = entry

    def compose(self) -> ComposeResult:
        entry = self.entry
        lang = self.app.lang
        with Vertical(classes="dialog form"):
            title = "ui.edit_coverage" if entry else "ui.add_coverage"
            yield Static(t(self, title), classes="title")
            with VerticalScroll(classes="fields-scroll"), Grid(classes="fields"):
                yield Label(t(self, "field.outlet"))
                yield self._input("outlet", t(self, "hint.coverage_outlet"))
                yield Label(t(self, "field.title"))
                yield self._input("title", t(self, "hint.coverage_title"))
                yield Label(t(self, "field.url"))
                yield self._input("url", "https://")
                yield Label(t(self, "field.date"))
                day = entry.date.isoformat() if entry and entry.date else ""
                yield Input(day, id="date", placeholder="2023-05-27", compact=True)
                yield Label(t(self, "field.kind"))
                yield Select(
                    [(label(kind, lang), kind.value) for kind in CoverageKind],
                    value=entry.kind.value if entry and entry.kind else Select.NULL,
                    prompt=t(self, "ui.none"),
                    id="kind",
                    compact=True,
                )
                yield Label(t(self, "field.notes"))
                yield self._input("notes", "")
            yield from self.compose_footer()

    def _input(self, field: str, hint: str) -> Input:
        value = getattr(self.entry, field) if self.entry else None
        return Input(value or "", id=field, placeholder=hint, compact=True)

    def on_mount(self) -> None:
        if self.answered:
            return
        self.query_one("#outlet", Input).focus()

    def build(self) -> tuple[Coverage | None, list[str]]:
        data: dict[str, Any] = {}
        for field in TEXT_FIELDS:
            text = self.query_one(f"#{field}", Input).value.strip()
            if text or field in ("outlet", "title"):
                data[field] = text
        day = self.query_one("#date", Input).value.strip()
        if day:
            try:
                data["date"] = date.fromisoformat(day)
            except ValueError:
                return None, [t(self, "ui.bad_date", field=t(self, "field.date"))]
        kind = self.query_one("#kind", Select).value
        if kind != Select.NULL:
            data["kind"] = kind
        try:
            return Coverage.model_validate(self.as_edited(data)), []
        except ValidationError as error:
            return None, self.explain(error, Coverage)

"""New plan from a template: title, kind, date; the file name follows until edited."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.containers import Grid, Vertical, VerticalScroll
from textual.widgets import Input, Label, Static

from gathertui.i18n.labels import label
from gathertui.i18n.os_errors import os_reason
from gathertui.model.enums import EventKind
from gathertui.model.fields import has_visible, in_window
from gathertui.model.templates import TEMPLATES, new_plan
from gathertui.planning.calendar_checks import today
from gathertui.planning.editing import slugify
from gathertui.state import WorkspaceState
from gathertui.storage import write_new
from gathertui.tui.modals.form import FormModal
from gathertui.tui.text import t
from gathertui.tui.widgets.lists import Select


def suggested_name(day: str, title: str) -> str:
    return f"{day}-{slugify(title)}.toml" if title else f"{day}.toml"


class NewPlanForm(FormModal[Path]):
    def __init__(self, workspace: WorkspaceState, day: date | None = None) -> None:
        super().__init__()
        self.workspace = workspace
        # The day GATHERTUI_TODAY fixes, as the calendar's "today", so tests see one day.
        self.day = day or today()

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        with Vertical(classes="dialog form"):
            yield Static(t(self, "ui.new_plan"), classes="title")
            with VerticalScroll(classes="fields-scroll"), Grid(classes="fields"):
                yield Label(t(self, "field.title"))
                yield Input(id="title", compact=True)
                yield Label(t(self, "field.kind"))
                yield Select(
                    [(label(EventKind(k), lang), k) for k in TEMPLATES],
                    value=TEMPLATES[0],
                    allow_blank=False,
                    id="kind",
                    compact=True,
                )
                yield Label(t(self, "field.start"))
                yield Input(
                    self.day.isoformat(), id="start", placeholder="2025-03-14", compact=True
                )
                # A date that is not one is said under it, as it is typed.
                yield Label("", classes="start-error")
                yield Static("", id="start-error", classes="start-error", markup=False)
                yield Label(t(self, "field.file"))
                yield Input(suggested_name(self.day.isoformat(), ""), id="file", compact=True)
            yield from self.compose_footer()

    def _text(self, field: str) -> str:
        return self.query_one(f"#{field}", Input).value.strip()

    def _start(self) -> date | None:
        try:
            day = date.fromisoformat(self._text("start"))
        except ValueError:
            return None
        # A plan's days lie in the model's years: 0001-01-01 is no date for one.
        return day if in_window(day) else None

    @on(Input.Changed, "#title, #start")
    def _follow(self) -> None:
        # The file name follows the title and the last good date until the person
        # writes their own.
        self.day = self._start() or self.day
        if not self.edited("file"):
            suggestion = suggested_name(self.day.isoformat(), self._text("title"))
            self.show(self.query_one("#file", Input), suggestion)

    @on(Input.Changed, "#start")
    def _flag_date(self) -> None:
        bad = self._start() is None
        self.query_one("#start", Input).set_class(bad, "-invalid")
        error = self.query_one("#start-error", Static)
        error.update(t(self, "ui.bad_date", field=t(self, "field.start")) if bad else "")
        self.query(".start-error").set(display=bad)

    def on_mount(self) -> None:
        if self.answered:
            return
        self.query_one("#title", Input).focus()
        self.query(".start-error").set(display=False)

    def build(self) -> tuple[Path | None, list[str]]:
        # A bad date is said under its field (`_flag_date`), not again here.
        problems: list[str] = []
        if self._start() is None:
            return None, problems
        if not has_visible(self._text("title")):
            problems.append(t(self, "ui.title_needed"))
        name = self._text("file")
        if not name.endswith(".toml") or "/" in name:
            problems.append(t(self, "ui.file_name_rule"))
        return (None, problems) if problems else (self.workspace.folder / name, [])

    def accept(self, value: Path) -> None:
        kind = str(self.query_one("#kind", Select).value)
        day = date.fromisoformat(self._text("start"))
        plan = new_plan(kind, self._text("title"), day, self.workspace.preferences)
        errors = self.query_one("#errors", Static)
        try:
            write_new(value, plan)
        except FileExistsError:
            errors.update(t(self, "ui.exists", path=value.name))
            return
        except OSError as error:
            errors.update(t(self, "ui.save_failed", reason=os_reason(error)))
            return
        self.dismiss(value)

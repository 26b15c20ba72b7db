"""New plan from a template: title, kind, date; the file name follows until edited."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual import getters, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from gathertui.i18n.labels import label
from gathertui.model.enums import EventKind
from gathertui.model.plan import DEFAULT_TIMEZONE
from gathertui.model.templates import TEMPLATES, new_plan
from gathertui.planning.editing import slugify
from gathertui.storage import write_new
from gathertui.storage.workspace import Workspace
from gathertui.tui.app import GathertuiApp
from gathertui.tui.text import t


def suggested_name(day: str, title: str) -> str:
    return f"{day}-{slugify(title)}.toml" if title else f"{day}.toml"


class NewPlanForm(ModalScreen[Path | None]):
    app = getters.app(GathertuiApp)
    BINDINGS = [Binding("escape", "dismiss(None)", show=False)]

    def __init__(self, workspace: Workspace, day: date | None = None) -> None:
        super().__init__()
        self.workspace = workspace
        self.day = day or date.today()
        self.name_edited = False

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
                yield Input(self.day.isoformat(), id="start", compact=True)
                yield Label(t(self, "field.file"))
                yield Input(suggested_name(self.day.isoformat(), ""), id="file", compact=True)
            yield Static("", id="errors", markup=False)
            with Horizontal(classes="buttons"):
                yield Button(t(self, "ui.ok"), id="ok", variant="primary")
                yield Button(t(self, "ui.cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#title", Input).focus()

    @on(Input.Changed, "#title, #start")
    def _follow(self) -> None:
        if not self.name_edited:
            title = self.query_one("#title", Input).value.strip()
            day = self.query_one("#start", Input).value.strip()
            file_input = self.query_one("#file", Input)
            with file_input.prevent(Input.Changed):
                file_input.value = suggested_name(day, title)

    @on(Input.Changed, "#file")
    def _edited(self, event: Input.Changed) -> None:
        title = self.query_one("#title", Input).value.strip()
        day = self.query_one("#start", Input).value.strip()
        # The field's own first value (and each suggestion) is not the user's edit.
        if event.value != suggested_name(day, title):
            self.name_edited = True

    @on(Input.Submitted)
    @on(Button.Pressed, "#ok")
    def _submit(self) -> None:
        errors = self.query_one("#errors", Static)
        title = self.query_one("#title", Input).value.strip()
        try:
            day = date.fromisoformat(self.query_one("#start", Input).value.strip())
        except ValueError:
            errors.update(t(self, "ui.bad_date", field=t(self, "field.start")))
            return
        if not title:
            errors.update(t(self, "ui.title_needed"))
            return
        name = self.query_one("#file", Input).value.strip()
        path = self.workspace.folder / name
        if not name.endswith(".toml") or "/" in name:
            errors.update(t(self, "ui.file_name_rule"))
            return
        preferences = self.workspace.preferences
        organization = preferences.organization
        plan = new_plan(
            str(self.query_one("#kind", Select).value),
            title,
            day,
            preferences.settings.timezone or DEFAULT_TIMEZONE,
            organization.name if organization else None,
        )
        try:
            write_new(path, plan)
        except FileExistsError:
            errors.update(t(self, "ui.exists", path=name))
            return
        except OSError as error:
            errors.update(t(self, "ui.save_failed", reason=error.strerror or str(error)))
            return
        self.dismiss(path)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)

"""One form for every block of `gathertui.toml`: the letterhead, the settings, and a row of
its lists (a calendar event, a target, a holiday correction, a precedence rule, a
signatory); and for a plan's `[signing]`.

Each block is a flat pydantic record, so a form is a list of fields, each a text, a date,
a whole number, a choice, a comma-separated list or a yes/no box; pydantic says what is
wrong, in the person's words (`gathertui.describe`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ValidationError
from textual.app import ComposeResult
from textual.containers import Grid, Vertical, VerticalScroll
from textual.widgets import Checkbox, Input, Label, Static

from gathertui.tui.modals.form import FormModal
from gathertui.tui.text import t
from gathertui.tui.widgets.lists import Select

RecordT = TypeVar("RecordT", bound=BaseModel)
Kind = Literal["text", "date", "int", "choice", "list", "bool"]


@dataclass(frozen=True)
class FormField:
    name: str  # the record's field, and the widget's id
    label: str  # its catalog key
    kind: Kind = "text"
    # What a choice offers, as (label, value), for the UI language.
    choices: Callable[[str], list[tuple[str, str]]] | None = None
    # An input's hint; a yes/no box's text beside the box.
    placeholder: str = ""
    # A choice's entry for "nothing chosen" (a catalog key): the default holds.
    unset: str = "ui.form_unset"


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class RecordForm(FormModal[RecordT], Generic[RecordT]):
    def __init__(
        self,
        model: type[RecordT],
        fields: Sequence[FormField],
        title: str,
        original: RecordT | None = None,
        fixed: dict[str, Any] | None = None,
    ) -> None:
        """`title`: a catalog key; `fixed`: values the form does not show (a new row's id)."""
        super().__init__(original)
        self.model = model
        self.fields = fields
        self.title_key = title
        self.fixed = fixed or {}

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        with Vertical(classes="dialog form"):
            yield Static(t(self, self.title_key), classes="title")
            with VerticalScroll(classes="fields-scroll"), Grid(classes="fields"):
                for spec in self.fields:
                    value = getattr(self.original, spec.name, None)
                    yield Label(t(self, spec.label))
                    if spec.kind == "choice" and spec.choices is not None:
                        options = spec.choices(lang)
                        known = {v for _, v in options}
                        current = str(value) if value is not None else None
                        if current is not None and current not in known:
                            options = [*options, (current, current)]
                        yield Select(
                            options,
                            value=current if current is not None else Select.NULL,
                            # Nothing chosen: the file leaves it out, and the default holds.
                            prompt=t(self, spec.unset),
                            id=spec.name,
                            compact=True,
                        )
                    elif spec.kind == "bool":
                        shown = value if value is not None else self._default(spec.name)
                        yield Checkbox(spec.placeholder, bool(shown), id=spec.name, compact=True)
                    else:
                        yield Input(
                            _shown(value),
                            id=spec.name,
                            placeholder=spec.placeholder,
                            compact=True,
                        )
            yield from self.compose_footer()

    def _default(self, name: str) -> object:
        return self.model.model_fields[name].default

    def on_mount(self) -> None:
        if self.answered:
            return
        self.query_one(f"#{self.fields[0].name}").focus()

    def prepared(self, data: dict[str, Any]) -> list[str]:
        """Fills in what the fields leave to the form (a new row's id from its name);
        says what is wrong that the model cannot know. `data` is changed in place."""
        return []

    def build(self) -> tuple[RecordT | None, list[str]]:
        data: dict[str, Any] = {}
        if self.original is not None:
            # The keys the form does not show are kept as the file has them: a setting
            # added to the format before the form learns it is not reset by a save.
            shown = {spec.name for spec in self.fields}
            kept = self.original.model_dump(exclude_none=True)
            data = {key: value for key, value in kept.items() if key not in shown}
        data.update(self.fixed)
        problems: list[str] = []
        for spec in self.fields:
            if spec.kind == "choice":
                value = self.query_one(f"#{spec.name}", Select).value
                if value != Select.NULL:
                    data[spec.name] = value
                continue
            if spec.kind == "bool":
                data[spec.name] = self.query_one(f"#{spec.name}", Checkbox).value
                continue
            text = self.query_one(f"#{spec.name}", Input).value.strip()
            if spec.kind == "list":
                data[spec.name] = [part.strip() for part in text.split(",") if part.strip()]
            elif not text:
                # An empty required field is left out, and pydantic says it is missing.
                continue
            elif spec.kind == "date":
                try:
                    data[spec.name] = date.fromisoformat(text)
                except ValueError:
                    problems.append(t(self, "ui.bad_date", field=t(self, spec.label)))
            elif spec.kind == "int":
                # Not a number: given as typed, so pydantic says what it should be.
                data[spec.name] = int(text) if text.lstrip("-").isdigit() else text
            else:
                data[spec.name] = text
        problems.extend(self.prepared(data))
        if problems:
            return None, problems
        try:
            return self.model.model_validate(self.as_edited(data)), []
        except ValidationError as error:
            return None, self.explain(error, self.model)

"""The shape every form dialog shares: validate as you type, Enter submits, Escape cancels.

Enter submits from any field but a list of choices (where it ticks the highlighted one);
on a closed dropdown too, which space or a click opens, and where typing a letter picks
the next choice that starts with it.

A form edits `original` (None: it adds something new) and writes only what the person
changed: a field left as it was first shown keeps the original's value, so a default the
form shows (the workspace's time zone, say) is not written into the plan, and Enter
without a change dismisses with None, as Escape does.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError
from textual import events, getters, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Input, Label, Select, SelectionList, Static

from gathertui.describe import in_form
from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.dialog import Dialog
from gathertui.tui.text import said, t

ResultT = TypeVar("ResultT")
FIELD_TYPES = (Input, Select, Checkbox, SelectionList)


def field_value(widget: Widget) -> object:
    """What a field holds, in a form that compares equal when it shows the same."""
    if isinstance(widget, SelectionList):
        return tuple(widget.selected)
    if isinstance(widget, Input | Select | Checkbox):
        return widget.value
    raise TypeError(widget)


def next_starting_with(select: Select[Any], letter: str) -> object | None:
    """The value of the first choice after the current one whose text starts with
    `letter` (case aside), going round; None when no choice does."""
    # Select keeps its choices only in `_options` (Textual 8 has no public reader); its
    # own type-to-search works only in the open list, and matches anywhere in the text.
    choices = [(str(prompt), value) for prompt, value in select._options if value != Select.NULL]
    current = next((i for i, (_, v) in enumerate(choices) if v == select.value), -1)
    found = index_starting_with([text for text, _ in choices], current, letter)
    return None if found is None else choices[found][1]


def index_starting_with(texts: list[str], current: int, letter: str) -> int | None:
    """The index of the first text after `current` that starts with `letter` (case
    aside), going round; None when none does. Lists and dropdowns jump by it."""
    count = len(texts)
    for step in range(1, count + 1):
        index = (current + step) % count
        if texts[index].lower().startswith(letter.lower()):
            return index
    return None


class FormModal(Dialog[ResultT | None], Generic[ResultT]):
    app = getters.app(GathertuiApp)
    # Enter comes to the form before the focused field, which would otherwise toggle a
    # checkbox or open a dropdown; `check_action` lets it through where it means more.
    BINDINGS = [
        Binding("escape", "dismiss(None)", show=False),
        Binding("enter", "submit", show=False, priority=True),
    ]
    # A screen too short for the whole form ("-short", as 80x24) gives the dialog all its
    # height and scrolls the fields between the title and the buttons (app.tcss), so OK
    # and Cancel stay in view and Tab scrolls to the focused field.
    VERTICAL_BREAKPOINTS = [(0, "-short"), (38, "-tall")]

    def __init__(self, original: ResultT | None = None) -> None:
        super().__init__()
        self.original = original
        # Each field's value as the form showed it: what it was composed with, or what
        # the form itself put there since (`show`).
        self.shown: dict[str, object] = {}

    def build(self) -> tuple[ResultT | None, list[str]]:
        """The value the fields describe, or None and what is wrong, one line each."""
        raise NotImplementedError

    def compose_footer(self) -> ComposeResult:
        yield Static("", id="errors", markup=False)
        with Horizontal(classes="buttons"):
            yield Button(t(self, "ui.ok"), id="ok", variant="primary")
            yield Button(t(self, "ui.cancel"), id="cancel")

    @on(events.Mount)
    def _first_values(self) -> None:
        # The fields announce their first values as changes once mounted; those are not
        # the person's edits, so their values are taken here, before the messages come.
        for widget in self.query("*").results():
            if isinstance(widget, FIELD_TYPES) and widget.id:
                self.shown[widget.id] = field_value(widget)
        self.check(say=False)  # OK waits for a valid value; nothing is wrong yet

    # What the person changed

    def edited(self, field: str) -> bool:
        return field_value(self.query_one(f"#{field}")) != self.shown[field]

    def touched(self) -> bool:
        return any(self.edited(field) for field in self.shown)

    def show(self, widget: Input, value: str) -> None:
        """Puts a suggestion in a field: the form's doing, not an edit of the person's."""
        with widget.prevent(Input.Changed):
            widget.value = value
        if widget.id:
            self.shown[widget.id] = value

    def as_edited(self, data: dict[str, Any]) -> dict[str, Any]:
        """`data` (keyed by field id) with each field the person left as shown set back to
        the original's value, or left out where the original has none."""
        if self.original is None:
            return data
        kept = dict(data)
        for field in self.shown:
            if self.edited(field) or not hasattr(self.original, field):
                continue
            value = getattr(self.original, field)
            if value is None:
                kept.pop(field, None)
            else:
                kept[field] = value
        return kept

    # Checking and submitting

    def labels(self) -> dict[str, str]:
        """Each field's label as the form shows it, by field id (the model's key)."""
        found: dict[str, str] = {}
        label: str | None = None
        for widget in self.query(".fields > *").results():
            if isinstance(widget, Label):
                content = widget.content
                label = content.plain if isinstance(content, Content) else str(content)
            elif isinstance(widget, FIELD_TYPES) and widget.id and label:
                found[widget.id] = label
        return found

    def explain(self, error: ValidationError, model: type[BaseModel]) -> list[str]:
        """The model's complaints, each naming the field as the form labels it."""
        labels = self.labels()
        return [said(self, in_form(e, model, labels)) for e in error.errors()]

    def check(self, say: bool = True) -> ResultT | None:
        """Whether the fields make a value; what is wrong is said when `say` is true."""
        value, problems = self.build()
        if say:
            self.query_one("#errors", Static).update("\n".join(problems))
        self.query_one("#ok", Button).disabled = value is None
        return value

    @on(Input.Changed)
    @on(Select.Changed)
    @on(Checkbox.Changed)
    @on(SelectionList.SelectedChanged)
    def _changed(self) -> None:
        # Until the person changes something, OK follows the fields but no error is said.
        self.check(say=self.touched())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "submit":
            # A button does what it says; a list of choices ticks; an open dropdown
            # picks (its list has the focus then, not the Select).
            return isinstance(self.focused, Input | Select | Checkbox)
        return True

    def action_submit(self) -> None:
        self._submit()

    @on(events.Key)
    def _type_to_select(self, event: events.Key) -> None:
        # A closed dropdown takes a letter as the start of the choice wanted; typing it
        # again goes on to the next choice with that letter.
        select = self.focused
        if not isinstance(select, Select) or select.expanded:
            return
        if event.character is None or not event.character.isalnum():
            return
        chosen = next_starting_with(select, event.character)
        if chosen is not None:
            event.stop()
            select.value = chosen

    @on(Button.Pressed, "#ok")
    def _submit(self) -> None:
        value = self.check()
        if value is None:
            return
        if self.original is not None and value == self.original:
            self.dismiss(None)  # nothing changed: no change to undo, no plan to save
            return
        self.accept(value)

    def accept(self, value: ResultT) -> None:
        """What a valid, changed value does; a form that writes a file says so here."""
        self.dismiss(value)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)

"""Choose one of a list: a venue to reuse, the day to move an item to."""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static
from textual.widgets.option_list import Option

from gathertui.tui.modals.dialog import Dialog
from gathertui.tui.modals.form import index_starting_with
from gathertui.tui.widgets.lists import OptionList


class Pick(Dialog[str | None]):
    """`choices` are (id, text shown); the dialog returns the chosen id, or None."""

    BINDINGS = [Binding("escape", "dismiss(None)", show=False)]

    def __init__(self, question: str, choices: list[tuple[str, str]], empty: str) -> None:
        super().__init__()
        self.question = question
        self.choices = choices
        self.empty = empty

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog pick"):
            yield Static(self.question, classes="title", markup=False)
            if self.choices:
                # Text from files is shown as written, never read as markup.
                yield OptionList(*(Option(Content(text), id=ident) for ident, text in self.choices))
            else:
                yield Static(self.empty, markup=False)

    @on(events.Key)
    def _type_to_select(self, event: events.Key) -> None:
        # A letter moves to the next choice that starts with it, as in the forms'
        # dropdowns; Enter then takes it.
        if event.character is None or not event.character.isalnum() or not self.choices:
            return
        options = self.query_one(OptionList)
        texts = [text for _, text in self.choices]
        current = -1 if options.highlighted is None else options.highlighted
        found = index_starting_with(texts, current, event.character)
        if found is not None:
            event.stop()
            options.highlighted = found

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

"""What the tabs' panes share: the plan they show, and how they ask for a change.

Attributes down, messages up: a pane reads the plan, the warnings and the zone from its
plan screen, and asks for a change with a message; the screen applies it, so undo,
redo, the recovery copy and the redraw of every tab happen in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from textual import getters
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen

from gathertui.i18n import Message as Sentence
from gathertui.planning.agenda import AgendaError
from gathertui.planning.editing import Change
from gathertui.text import as_sentence
from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.confirm import Choice
from gathertui.tui.text import said, t, translate_bindings

EntityT = TypeVar("EntityT")

if TYPE_CHECKING:
    from gathertui.model.plan import Plan
    from gathertui.tui.screens.plan import PlanScreen


class PlanPane(Vertical):
    app = getters.app(GathertuiApp)
    # The heading of the pane's keys on the help screen (a catalog key).
    HELP_HEADING = ""

    @dataclass
    class ChangeRequested(Message):
        """A change to the plan, for the plan screen to apply."""

        change: Change

    def __init__(self, ident: str) -> None:
        super().__init__(id=ident)
        translate_bindings(self, self.app.lang)

    @property
    def plan_screen(self) -> PlanScreen:
        # Here, not at the top: the plan screen's module imports the panes.
        from gathertui.tui.screens.plan import PlanScreen

        screen = self.screen
        assert isinstance(screen, PlanScreen)
        return screen

    def show(self) -> None:
        """Draws the pane from the plan as it is now."""
        raise NotImplementedError

    @property
    def plan(self) -> Plan:
        return self.plan_screen.session.plan

    def warning_lines(self, list_name: str, index: int) -> list[str]:
        """The plan's warnings about one entity, in full, for the notes under a table."""
        return [
            f"⚠ {as_sentence(said(self, about_it(problem.message)))}"
            for problem in self.plan_screen.problems
            if problem.path[:2] == (list_name, index)
        ]

    def request(self, change: Change | None) -> None:
        """Asks the plan screen to apply `change` (None: nothing to change)."""
        if change is not None:
            self.post_message(self.ChangeRequested(change))

    def ask_then(
        self, form: ModalScreen[EntityT | None], make: Callable[[EntityT], Change | None]
    ) -> None:
        """Opens `form`; the entity it gives is made into a change with `make` and asked
        for (or refused, as `attempt` says); nothing happens when the form is cancelled."""

        def given(entity: EntityT | None) -> None:
            if entity is not None:
                self.attempt(lambda: make(entity))

        self.app.push_screen(form, given)

    def delete_after_asking(self, question: str, make: Callable[[], Change | None]) -> None:
        """Makes the delete first, so one the core refuses (a venue still in use) is said
        without asking; then asks, with Cancel in focus, and asks for it on yes."""
        try:
            change = make()
        except AgendaError as error:
            self.notify(markup=False, message=said(self, error.message), severity="error")
            return

        def answered(answer: str | None) -> None:
            if answer == "yes":
                self.request(change)

        self.app.push_screen(
            Choice.delete(question, t(self, "ui.delete"), t(self, "ui.cancel")), answered
        )

    def attempt(self, make: Callable[[], Change | None]) -> None:
        """Makes a change and asks for it; one the core refuses is said, and nothing changes."""
        try:
            change = make()
        except AgendaError as error:
            self.notify(markup=False, message=said(self, error.message), severity="error")
            return
        self.request(change)


def about_it(message: Sentence) -> Sentence:
    """A problem's sentence without the thing it is about, for the notes under that very
    thing ("Starts before ..." under the item, not "agenda item "X": starts before ...")."""
    problem = message.params.get("problem") if message.key == "problem.about" else None
    return problem if isinstance(problem, Sentence) else message

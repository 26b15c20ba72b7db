"""Textual's lists of options, paging only through lines they have laid out.

Textual's `OptionList` pages by the lines it laid out the last time it was drawn. A page
key pressed before that (a Select's list just opened, a dialog's list just shown) looked
up a line that did not exist yet and raised KeyError, which ended the app. Here a page
key before the first layout does what the list can do without lines: nothing, as
before any list is drawn there is no page to move by.

Every list of the app is one of these: a form imports `Select`, `SelectionList` and
`OptionList` from here, never from `textual.widgets` (a test keeps it so).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar

from textual import widgets
from textual.widgets._select import SelectCurrent, SelectOverlay

if TYPE_CHECKING:
    from textual import events
    from textual._widget_navigation import Direction
    from textual.app import ComposeResult

    # What the mixin below is mixed into, for the type checker only: Textual styles
    # and queries a widget by the first widget class among its bases, which must stay
    # Textual's own list.
    _List = widgets.OptionList
else:
    _List = object

T = TypeVar("T")


class _LaidOutPaging(_List):
    """Mixed into an option list: its page keys wait until its lines are laid out."""

    def _move_page(self, direction: Direction) -> None:
        highlighted = self.highlighted or 0
        if highlighted not in self._index_to_line:
            return
        super()._move_page(direction)


class OptionList(_LaidOutPaging, widgets.OptionList):
    """Textual's option list, safe against a page key before it is drawn."""


class SelectionList(_LaidOutPaging, widgets.SelectionList[T], Generic[T]):
    """Textual's list of checkboxes, safe against a page key before it is drawn."""


class _Overlay(_LaidOutPaging, SelectOverlay):
    """The list a Select opens, which shows (and is laid out) only once expanded."""


class Select(widgets.Select[T], Generic[T]):
    """Textual's Select, with a list safe against a page key pressed as it opens."""

    def compose(self) -> ComposeResult:
        # Textual's own compose with its list replaced: the Select finds that list by
        # its type, which this one still is.
        yield SelectCurrent(self.prompt)
        yield _Overlay(type_to_search=self._type_to_search).data_bind(
            compact=widgets.Select.compact
        )

    def _on_mount(self, event: events.Mount) -> None:
        # A Select whose screen closed as it mounted (the next key dismissed it) has lost
        # its parts: Textual's own mount handler, which runs after this one unless told
        # not to, would find no list and end the app.
        if not self.query(SelectOverlay):
            event.prevent_default()

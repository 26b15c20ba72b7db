"""The command palette with its own words in the app's language.

Textual writes the palette's placeholder and its "No matches found" line in English;
the placeholder is a parameter, the other line is written inside the countdown that
shows it, so that countdown is the one piece of the palette done again here.
"""

from __future__ import annotations

from typing import Any

from rich.align import Align
from rich.text import Text
from textual import on
from textual.command import CommandList, CommandPalette
from textual.widgets import Button, Input
from textual.widgets.option_list import Option

from gathertui.i18n import tr


class Palette(CommandPalette):
    def __init__(self, lang: str, placeholder_key: str = "palette.placeholder", **kwargs: Any):
        super().__init__(placeholder=tr(placeholder_key, lang), **kwargs)
        self._no_matches_text = tr("palette.no_matches", lang)

    def _action_command_list(self, action: str) -> None:
        # Textual's list pages by the lines it has laid out, and lays them out when it
        # is drawn: a page key pressed before that (the palette just opened, or its
        # commands just found) raised KeyError and ended the app. Then it does nothing.
        try:
            super()._action_command_list(action)
        except KeyError:
            if not action.startswith("page_"):
                raise

    @on(Input.Submitted)
    @on(Button.Pressed)
    def _select_or_command(self, event: Input.Submitted | Button.Pressed | None = None) -> None:
        # A command picked in the list, or Enter in the search, arrives as a message:
        # Esc or an earlier pick handled before it has closed the palette already, and
        # its second close took the screen under it (the plan), or raised
        # ScreenStackError with none left. Once closed, the palette runs nothing.
        if event is not None:
            # Textual's palette handles these messages with its own function, which
            # `@on` found by itself and not by name: without this it ran after this one.
            event.prevent_default()
        if self.app.screen is not self:
            if event is not None:
                event.stop()
            return
        super()._select_or_command(event)

    def _watch__list_visible(self) -> None:
        # The commands are gathered in a worker, whose answer can arrive as the palette
        # closes, after its list is gone: Textual's NoMatches then ended the app. A
        # closing palette has nothing to show.
        if self.query(CommandList):
            super()._watch__list_visible()

    def _start_no_matches_countdown(self, search_value: str) -> None:
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            # Only for a search: an empty query that finds nothing needs no remark.
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(
                        Align.center(Text(self._no_matches_text, style="not bold")),
                        disabled=True,
                        id=self._NO_MATCHES,
                    )
                )
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)

"""A footer that never hides the keys to help and to quit.

Textual's footer lays its keys out in a row and cuts whatever passes the right edge. At
80 columns, in Indonesian, that was always the app's own keys: "f1 Bantuan" and "^q
Keluar" came last and went first. Here help (which lists every key) and quit always
stay, and the screen's own keys take the room left in their order, a shorter key later
in the row taking the room a longer one could not use.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

# Actions whose keys are shown whatever the width.
KEPT = frozenset({"help", "quit_app"})


def key_width(key: FooterKey) -> int:
    """Columns a compact key takes: "^q Keluar" and the one-column gap after it."""
    text = f"{key.key_display} {key.description}" if key.description else key.key_display
    return cell_len(text) + 1


def fitting(keys: list[FooterKey], width: int) -> list[FooterKey]:
    """The keys that fit in `width`, in their order: the kept ones, then each other key
    that still fits, first come first served."""
    room = width - sum(key_width(key) for key in keys if key.action in KEPT)
    shown = []
    for key in keys:
        if key.action not in KEPT:
            if key_width(key) > room:
                continue
            room -= key_width(key)
        shown.append(key)
    return shown


class KeyFooter(Footer):
    """The compact footer, fitted to the screen's width."""

    def __init__(self) -> None:
        super().__init__(compact=True)
        self._width = 0

    def compose(self) -> ComposeResult:
        widgets = list(super().compose())
        keys = [
            w for w in widgets if isinstance(w, FooterKey) and not w.has_class("-command-palette")
        ]
        others = [w for w in widgets if w not in keys]
        room = self.app.size.width - sum(palette_width(w) for w in others)
        kept = set(map(id, fitting(keys, room)))
        yield from (w for w in widgets if w in others or id(w) in kept)

    def on_resize(self, event: events.Resize) -> None:
        if event.size.width != self._width:
            self._width = event.size.width
            self.call_after_refresh(self.recompose)


def palette_width(widget: Widget) -> int:
    """Columns the docked palette key takes, with its border: "▏^p Perintah"."""
    if isinstance(widget, FooterKey):
        return key_width(widget) + 1
    return 0

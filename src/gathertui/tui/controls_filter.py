"""The app's last gate: no control character from a file is ever drawn live.

What the app shows from a plan is spelled out where it is put on the screen (tables,
lines, messages: `gathertui.text.literal`); but an input field shows the value being
edited as it is, and a new widget may forget. Every line every widget draws passes this
filter, which drops what `literal` would spell out, so an escape sequence in a name never
reaches the terminal. Control characters are zero-width to Rich, so dropping them keeps
the line's layout; the terminal's own sequences are control segments, kept as they are.
"""

from __future__ import annotations

from rich.segment import Segment
from textual.color import Color
from textual.filter import LineFilter

from gathertui.text import without_controls


class DropControls(LineFilter):
    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        return [
            segment
            if segment.control
            else Segment(without_controls(segment.text), segment.style, segment.control)
            for segment in segments
        ]


DROP_CONTROLS = DropControls()

"""The progress of long work as one line on stderr, redrawn in place ("Memeriksa
340/1.000 berkas"), for a person at a terminal; nothing for a script, CI or a pipe.

Ctrl+C stops the work: the command erases the line, says it stopped and exits 130, as a
shell expects of a program interrupted by SIGINT.
"""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from gathertui.progress import SHOWN_AFTER, Progress, said

DELAY = SHOWN_AFTER
# The exit code of a program interrupted by Ctrl+C (128 + SIGINT).
INTERRUPTED = 130


class ProgressLine:
    def __init__(self, lang: str, stream: TextIO) -> None:
        self.lang = lang
        self.stream = stream
        self.started = time.monotonic()
        self.width = 0  # of the line on screen, to blank it out

    def draw(self, progress: Progress) -> None:
        if time.monotonic() - self.started < DELAY:
            return
        # One column short of the terminal: a line that wraps cannot be redrawn with \r.
        columns = shutil.get_terminal_size().columns - 1
        text = said(progress, self.lang)[:columns]
        self._write("\r" + text.ljust(self.width))
        self.width = len(text)

    def erase(self) -> None:
        if self.width:
            self._write("\r" + " " * self.width + "\r")
            self.width = 0

    def _write(self, text: str) -> None:
        # As UTF-8 whatever the stream's own encoding (a Windows console's code page).
        buffer = getattr(self.stream, "buffer", None)
        if buffer is not None:
            self.stream.flush()
            buffer.write(text.encode("utf-8"))
            buffer.flush()
        else:
            self.stream.write(text)
            self.stream.flush()


@contextmanager
def progress_line(lang: str) -> Iterator[Progress | None]:
    """A `Progress` drawn on stderr while the block runs, erased after it however it
    ends; None when stderr is not a terminal."""
    stream = sys.stderr
    if not stream.isatty():
        yield None
        return
    line = ProgressLine(lang, stream)
    try:
        yield Progress(line.draw)
    finally:
        line.erase()

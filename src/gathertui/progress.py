"""How far long work got, and a way to stop it: an export of 5,000 people, a check of a
thousand plans.

The work calls `step()` as it goes; the one who asked for it (the command line's
progress line, the app's progress bar) hears of it through `on_change`, at most every
`interval` seconds and once more at the end, and stops it by setting `cancel`: the next
`step()` raises `Cancelled`, so the work ends before it writes anything.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")

# Work done sooner than this shows no progress: a line or a bar that flashes and goes
# is noise.
SHOWN_AFTER = 0.5


class Cancelled(Exception):
    """The work was stopped before it was done."""


class Progress:
    def __init__(
        self,
        on_change: Callable[[Progress], None] | None = None,
        cancel: threading.Event | None = None,
        interval: float = 0.1,
    ) -> None:
        self.on_change = on_change
        self.cancel = cancel if cancel is not None else threading.Event()
        self.interval = interval
        # The sentence saying what is being done, with {done} and {total} of `count`.
        self.key = ""
        # What the sentence counts (people, files); the work may count finer units, as
        # a printout's rows are made and then drawn.
        self.count = 0
        self.total = 0
        self.done = 0
        self._told = 0.0

    def begin(self, total: int, count: int | None = None, key: str | None = None) -> None:
        """A stage of `total` units starts, said as `key` (else the key set before: an
        export names what it makes, the format's renderer counts its rows) over `count`
        things (else `total`)."""
        self.stop_if_asked()
        self.key = key or self.key
        self.total, self.done = total, 0
        self.count = total if count is None else count
        self._tell(force=True)

    def step(self, n: int = 1) -> None:
        """`n` more units done; raises `Cancelled` if the work was asked to stop."""
        self.stop_if_asked()
        self.done = min(self.done + n, self.total)
        self._tell(force=self.done >= self.total)

    def finish(self) -> None:
        """The stage is done, whatever the steps counted (a part skipped or merged)."""
        if self.done < self.total:
            self.done = self.total
            self._tell(force=True)

    def stop_if_asked(self) -> None:
        if self.cancel.is_set():
            raise Cancelled

    @property
    def shown(self) -> int:
        """How many of `count` are done, as the sentence says it."""
        if self.total <= 0:
            return 0
        return self.done * self.count // self.total

    def _tell(self, force: bool) -> None:
        if self.on_change is None:
            return
        now = time.monotonic()
        if force or now - self._told >= self.interval:
            self._told = now
            self.on_change(self)


def tracked(items: Sequence[T], progress: Progress | None, key: str | None = None) -> Iterator[T]:
    """`items`, one by one, a step each once it has been dealt with."""
    if progress is None:
        yield from items
        return
    progress.begin(len(items), key=key)
    for item in items:
        yield item
        progress.step()


def grouped(number: int, lang: str) -> str:
    """A count as the language writes it: 1.000 in Indonesian, 1,000 in English."""
    text = f"{number:,}"
    return text.replace(",", ".") if lang == "id" else text


def said(progress: Progress, lang: str) -> str:
    """The progress as one line: "Memeriksa 340/1.000 berkas"."""
    from gathertui.i18n import tr

    done, total = grouped(progress.shown, lang), grouped(progress.count, lang)
    return tr(progress.key, lang, done=done, total=total)

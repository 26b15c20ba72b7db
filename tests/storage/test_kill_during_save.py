"""A save killed at any moment leaves the old file or the new one, and no litter once
the next save has run.

A child process saves a plan of 5,000 people over and over, alternating two versions,
and is killed with SIGKILL at random moments. The child is forked from this process
with both versions' canonical text made: making the text writes nothing, so the kills
are spent where a save touches the disk (`write_atomic`). Kept under a minute.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time
from pathlib import Path

import pytest

from gathertui.storage import canonical_text, load_plan
from gathertui.storage.atomic import write_atomic

PEOPLE = 5_000
KILLS = 150
SEED = 20241201
BUDGET = 60.0  # seconds, the whole test

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or not hasattr(os, "fork"), reason="SIGKILL and fork are POSIX"
)


def _versions(visit: Path) -> tuple[bytes, bytes]:
    """The visit with 5,000 people, under two titles."""
    plan = load_plan(visit).model
    model = next(p for p in plan.people if p.represented_by is None)
    # The plan's own people stay: its agenda names them.
    plan.people += [
        model.model_copy(update={"id": f"peserta-{n}", "name": f"Peserta Nomor {n}"})
        for n in range(PEOPLE - len(plan.people))
    ]
    texts = []
    for title in ("Versi lama", "Versi baru"):
        plan.event.title = title
        texts.append(canonical_text(plan).encode("utf-8"))
    return texts[0], texts[1]


def _saving_child(path: Path, old: bytes, new: bytes) -> int:
    """A child that saves the two versions in turn until it is killed."""
    pid = os.fork()
    if pid == 0:  # the child: never returns into the test run
        try:
            turn = 0
            while True:
                write_atomic(path, (new, old)[turn % 2])
                turn += 1
        finally:
            os._exit(1)
    return pid


def _temporaries(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_kills_during_saves_leave_old_or_new_content(visit: Path) -> None:
    started = time.monotonic()
    old, new = _versions(visit)
    path = visit.parent / "besar.toml"
    path.write_bytes(old)
    # Both versions are valid plans, so "old or new bytes" means "loads": each kill
    # compares bytes, and reading 5,000 people again would only repeat this.
    for data in (old, new):
        write_atomic(path, data)
        assert len(load_plan(path).model.people) == PEOPLE
    chance = random.Random(SEED)
    found = {"old": 0, "new": 0, "temporaries left": 0}
    for kill in range(KILLS):
        child = _saving_child(path, old, new)
        time.sleep(chance.uniform(0.002, 0.06))
        os.kill(child, signal.SIGKILL)
        _, status = os.waitpid(child, 0)
        assert os.WIFSIGNALED(status), "the child stopped before it was killed"
        data = path.read_bytes()
        assert data in (old, new), f"kill {kill}: a partial file of {len(data)} bytes"
        found["old" if data == old else "new"] += 1
        left = _temporaries(path.parent)
        found["temporaries left"] += bool(left)
        # The next save comes later than a save in progress could (a minute): it
        # removes what the killed one left.
        for temporary in left:
            os.utime(temporary, (time.time() - 120, time.time() - 120))
        write_atomic(path, data)
        assert _temporaries(path.parent) == []
    elapsed = time.monotonic() - started
    print(f"{KILLS} kills in {elapsed:.1f} s: {found}")
    assert found["old"] and found["new"]
    assert elapsed < BUDGET

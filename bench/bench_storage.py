"""Benchmark of plan files at scale, against the bare libraries, with their targets.

Generates a plan of 5,000 people and 500 agenda items and reports, measured in one run:
- load: read + parse + validate + reference checks, over a bare `tomllib.loads` (<= 1.3);
- save: the canonical text as written to disk, over `tomli_w.dumps` of the same data (<= 1.3).

Run: .venv/bin/python bench/bench_storage.py [--people N] [--items N] [--rounds N]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from datetime import date
from datetime import time as clock_time
from pathlib import Path

import tomli_w

from gathertui.model import (
    AgendaItem,
    Attendance,
    Category,
    Delegation,
    Event,
    EventKind,
    Person,
    Plan,
    Quotas,
    Side,
    Venue,
)
from gathertui.storage import canonical_text, load_plan
from gathertui.storage.atomic import write_atomic

CATEGORIES = list(Category)
ATTENDANCE = list(Attendance)


def big_plan(people: int, items: int) -> Plan:
    venues = [
        Venue(id=f"ruang-{n}", name=f"Ruang {n}", building="Balai Kota", capacity=100 + n)
        for n in range(10)
    ]
    delegations = [
        Delegation(
            id=f"rombongan-{n}",
            name=f"Rombongan {n}",
            side=Side.GUEST if n else Side.HOST,
            quotas=Quotas(online=30, print=23, tv=4, radio=1, influencer=2, kim=18),
        )
        for n in range(20)
    ]
    roster = [
        Person(
            id=f"peserta-{n}",
            name=f"Peserta Nomor {n}",
            delegation=f"rombongan-{n % 20}",
            position="Staf Dinas Komunikasi dan Informatika",
            organization="Pemerintah Kota Semarang",
            category=CATEGORIES[n % len(CATEGORIES)],
            attendance=ATTENDANCE[n % len(ATTENDANCE)],
            # As in a plan kept clean: whoever is represented names their representative.
            represented_by=f"peserta-{n - 1}"
            if ATTENDANCE[n % len(ATTENDANCE)] is Attendance.REPRESENTED
            else None,
            phone=f"+62812{n:07d}",
            notes="Catatan\nbaris kedua" if n % 10 == 0 else None,
        )
        for n in range(people)
    ]
    days = 5
    per_day = items // days
    agenda = []
    for n in range(items):
        day, slot = divmod(n, per_day)
        minute = 7 * 60 + slot * 10
        agenda.append(
            AgendaItem(
                id=f"acara-{n}",
                day=date(2024, 3, 11 + min(day, days - 1)),
                start=clock_time(minute // 60 % 24, minute % 60),
                minutes=10,
                title=f"Mata acara {n}",
                venue=f"ruang-{n % 10}",
                pic=f"peserta-{n % people}",
                speakers=[f"peserta-{(n + 1) % people}"],
            )
        )
    return Plan(
        schema_version=1,
        event=Event(
            title="Rencana besar",
            kind=EventKind.VISIT,
            start=date(2024, 3, 11),
            end=date(2024, 3, 15),
            timezone="Asia/Jakarta",
        ),
        venues=venues,
        delegations=delegations,
        people=roster,
        agenda=agenda,
    )


def best_of(rounds: int, *tasks: Callable[[], object]) -> list[float]:
    """Median seconds of each task, the tasks interleaved so both see the same machine."""
    samples: list[list[float]] = [[] for _ in tasks]
    for _ in range(rounds):
        for n, task in enumerate(tasks):
            # Each task starts from the same heap, so one does not pay for the other's garbage.
            gc.collect()
            began = time.perf_counter()
            task()
            samples[n].append(time.perf_counter() - began)
    return [statistics.median(s) for s in samples]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()

    plan = big_plan(args.people, args.items)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "besar.toml"
        text = canonical_text(plan)
        path.write_text(text)
        document = plan.to_document()
        out = Path(folder) / "tulis.toml"

        bare_parse, load = best_of(
            args.rounds, lambda: tomllib.loads(path.read_text()), lambda: load_plan(path)
        )
        bare_dump, save = best_of(
            args.rounds,
            lambda: tomli_w.dumps(document, multiline_strings=True),
            lambda: canonical_text(plan),
        )
        (atomic,) = best_of(args.rounds, lambda: write_atomic(out, text.encode()))

    size = len(text.encode()) / 1024
    print(f"plan: {args.people} people, {args.items} agenda items, {size:.0f} KiB")
    print(
        f"load+validate {load * 1000:7.1f} ms / bare tomllib parse {bare_parse * 1000:7.1f} ms"
        f" = {load / bare_parse:.2f}  (target <= 1.30)"
    )
    print(
        f"canonical save {save * 1000:6.1f} ms / tomli_w.dumps       {bare_dump * 1000:7.1f} ms"
        f" = {save / bare_dump:.2f}  (target <= 1.30)"
    )
    print(f"atomic write with fsync: {atomic * 1000:.1f} ms")
    return 0 if load / bare_parse <= 1.3 and save / bare_dump <= 1.3 else 1


if __name__ == "__main__":
    sys.exit(main())

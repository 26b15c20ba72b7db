"""Benchmark of `gathertui import` at scale: the whole command, as a person runs it.

A roster CSV of distinct names and one of a single repeated name, each at a small and a
ten times larger size, imported into a copy of the Mojokerto visit (read, check, preview,
ids, save). The sizes are interleaved in each round, so both see the same machine, and it
reports, measured in one run:
- each import's median time, on the clock and in CPU, and its CPU time per row;
- the CPU time per row at the larger size over the smaller (linear: about 1; quadratic:
  10);
- the target: 100,000 rows in under 15 CPU seconds, each ratio <= 2. CPU time, since the
  clock also counts whatever else a shared machine runs.

Run: .venv/bin/python bench/bench_import.py [--rows N] [--same N] [--rounds N]

Measured on a shared 2-core machine, CPU seconds: before ids were made in constant time
and the preview was capped, 20,000 distinct names took 22.3 s and 20,000 of one name 39.2 s
(3.2x the time per row of 2,000); after, 100,000 distinct names take 7.3 s (1.04x the time
per row of 10,000) and 20,000 of one name 1.1 s.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from gathertui.commands.import_roster import run

PLAN = Path(__file__).resolve().parent.parent / "plans"
VISIT = "2023-05-26-kunjungan-kerja-pemkot-mojokerto.toml"
TARGET_SECONDS = 15.0
TARGET_RATIO = 2.0


def distinct(rows: int) -> str:
    body = "".join(
        f"Peserta Nomor {n};Staf Dinas {n % 40};Pemerintah Kota Semarang;pejabat;"
        f"0812{n:07d};peserta{n}@contoh.go.id\n"
        for n in range(rows)
    )
    return "nama;jabatan;instansi;kategori;hp;surel\n" + body


def same(rows: int) -> str:
    return "nama;jabatan\n" + "Budi Santoso;Staf\n" * rows


def import_once(folder: Path, csv: Path) -> tuple[float, float]:
    """Seconds on the clock and in CPU of one import into a fresh copy of the plan, its
    output thrown away."""
    plan = folder / "rencana.toml"
    shutil.copyfile(PLAN / VISIT, plan)
    args = argparse.Namespace(
        plan=str(plan),
        csv=str(csv),
        delegation="mojokerto",
        skip_invalid=False,
        dry_run=False,
        encoding=None,
        lang="en",
    )
    gc.collect()
    with (
        open(os.devnull, "w", encoding="utf-8") as sink,
        contextlib.redirect_stdout(sink),
        contextlib.redirect_stderr(sink),
    ):
        began, began_cpu = time.perf_counter(), time.process_time()
        code = run(args)
        took, took_cpu = time.perf_counter() - began, time.process_time() - began_cpu
    if code != 0:
        raise SystemExit(f"import of {csv.name} failed with exit {code}")
    return took, took_cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000, help="distinct names, larger size")
    parser.add_argument("--same", type=int, default=20_000, help="one name, larger size")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    cases = {
        f"distinct {args.rows // 10:>7,}": distinct(args.rows // 10),
        f"distinct {args.rows:>7,}": distinct(args.rows),
        f"one name {args.same // 10:>7,}": same(args.same // 10),
        f"one name {args.same:>7,}": same(args.same),
    }
    sizes = [args.rows // 10, args.rows, args.same // 10, args.same]
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in cases}
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        files = {}
        for number, (name, text) in enumerate(cases.items()):
            files[name] = folder / f"roster-{number}.csv"
            files[name].write_text(text, encoding="utf-8")
        for _ in range(args.rounds):
            for name in cases:
                samples[name].append(import_once(folder, files[name]))

    clock = [statistics.median(wall for wall, _ in samples[name]) for name in cases]
    medians = [statistics.median(cpu for _, cpu in samples[name]) for name in cases]
    for name, rows, wall, cpu in zip(cases, sizes, clock, medians, strict=True):
        print(
            f"{name} rows: {wall:6.2f} s clock, {cpu:6.2f} s CPU"
            f"  ({cpu / rows * 1e6:6.1f} µs CPU per row)"
        )
    ratios = []
    for small, large in ((0, 1), (2, 3)):
        ratio = (medians[large] / sizes[large]) / (medians[small] / sizes[small])
        ratios.append(ratio)
        label = "distinct" if small == 0 else "one name"
        print(f"{label}: CPU per row at 10x the rows = {ratio:.2f}x  (target <= {TARGET_RATIO})")
    print(f"{args.rows:,} rows in {medians[1]:.1f} CPU s  (target < {TARGET_SECONDS:.0f} s)")
    ok = medians[1] < TARGET_SECONDS and all(r <= TARGET_RATIO for r in ratios)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""A plan with a history: the example visit in a temporary git repository, committed
three times by two people on fixed days, the second commit a rename.

1. Siti Rahayu, 2024-05-20 09:00 WIB: the visit as `plans/kunjungan.toml`.
2. Budi Santoso, 2024-05-22 14:03 WIB: renamed to its dated name; Abd Rachman Tuwo
   from attended back to confirmed.
3. Siti Rahayu, 2024-05-23 10:15 WIB: the host's welcome 5 minutes longer (later
   items follow).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from conftest import PLANS, VISIT
from gathertui.model.enums import Attendance
from gathertui.planning.agenda import change_minutes
from gathertui.planning.editing import PlanEditor, set_attendance
from gathertui.storage import canonical_text, load_plan

OLD_NAME = "kunjungan.toml"
COMMITS = (
    ("Siti Rahayu", "2024-05-20T09:00:00+07:00", "Rencana kunjungan Mojokerto"),
    ("Budi Santoso", "2024-05-22T14:03:00+07:00", "Nama berkas memakai tanggal"),
    ("Siti Rahayu", "2024-05-23T10:15:00+07:00", "Sambutan tuan rumah lebih lama"),
)


def git(root: Path, *args: str, author: str = "Siti Rahayu", when: str | None = None) -> str:
    env = dict(os.environ)
    env.update(
        GIT_AUTHOR_NAME=author,
        GIT_AUTHOR_EMAIL=f"{author.split()[0].lower()}@semarangkota.go.id",
        GIT_COMMITTER_NAME=author,
        GIT_COMMITTER_EMAIL=f"{author.split()[0].lower()}@semarangkota.go.id",
        GIT_CONFIG_GLOBAL=os.devnull,
        GIT_CONFIG_NOSYSTEM="1",
    )
    if when is not None:
        env.update(GIT_AUTHOR_DATE=when, GIT_COMMITTER_DATE=when)
    done = subprocess.run(
        ["git", *args], cwd=root, env=env, capture_output=True, check=True, text=True
    )
    return done.stdout


def commit(root: Path, number: int, name: str) -> None:
    """The plan alone is committed (the settings and logo stay untracked), so the
    commits' hashes change only with the example visit."""
    author, when, subject = COMMITS[number]
    git(root, "add", f"plans/{name}")
    git(root, "commit", "-q", "-m", subject, author=author, when=when)


def _edit(path: Path, edit: object) -> None:
    loaded = load_plan(path)
    editor = PlanEditor(loaded.model)
    editor.apply(edit(loaded.model))  # type: ignore[operator]
    path.write_text(canonical_text(editor.plan, loaded.source.header), encoding="utf-8")


def plan_with_history(root: Path) -> Path:
    """The repository at `root` with the three commits; the plan's path (its new name)."""
    plans = root / "plans"
    shutil.copytree(PLANS, plans)
    # The visit alone, so the workspace and its pictures are about it.
    for other in plans.glob("*.toml"):
        if other.name not in (VISIT, "gathertui.toml"):
            other.unlink()
    git(root, "init", "-q", "-b", "main")
    old = plans / OLD_NAME
    (plans / VISIT).rename(old)
    commit(root, 0, OLD_NAME)
    git(root, "mv", f"plans/{OLD_NAME}", f"plans/{VISIT}")
    path = plans / VISIT
    _edit(path, lambda plan: set_attendance(plan, 0, Attendance.CONFIRMED))
    commit(root, 1, VISIT)
    _edit(path, lambda plan: change_minutes(plan, "sambutan-tuan-rumah", 5))
    commit(root, 2, VISIT)
    return path

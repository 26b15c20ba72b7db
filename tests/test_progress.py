"""Long work counts its steps up to the total and stops when asked (issue 18)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import VISIT
from gathertui.exports import export
from gathertui.progress import Cancelled, Progress, grouped, said, tracked
from gathertui.state import WorkspaceState
from gathertui.storage import load_plan


class Seen:
    """Every report of a `Progress`, none skipped (interval 0)."""

    def __init__(self) -> None:
        self.reports: list[tuple[str, int, int, int]] = []

    def __call__(self, progress: Progress) -> None:
        self.reports.append((progress.key, progress.done, progress.total, progress.shown))

    def progress(self) -> Progress:
        return Progress(self, interval=0)


def test_steps_reach_the_total_and_a_set_cancel_stops_the_next() -> None:
    seen = Seen()
    progress = seen.progress()
    assert list(tracked([1, 2, 3], progress, key="progress.checking")) == [1, 2, 3]
    assert seen.reports[0] == ("progress.checking", 0, 3, 0)
    assert seen.reports[-1] == ("progress.checking", 3, 3, 3)
    progress.cancel.set()
    with pytest.raises(Cancelled):
        progress.step()


def test_reports_are_spaced_but_the_last_one_always_comes() -> None:
    seen = Seen()
    progress = Progress(seen, interval=3600)
    progress.begin(1000)
    for _ in range(1000):
        progress.step()
    assert [done for _, done, _, _ in seen.reports] == [0, 1000]


def test_the_line_says_the_counts_as_the_language_writes_them() -> None:
    progress = Progress()
    progress.begin(2000, count=1000, key="progress.checking")
    progress.step(680)
    assert said(progress, "id") == "Memeriksa 340/1.000 berkas"
    assert said(progress, "en") == "Checking 340/1,000 files"
    assert grouped(5000, "id") == "5.000"


@pytest.mark.parametrize(
    ("what", "fmt"),
    [("attendance", "pdf"), ("roster", "pdf"), ("roster", "xlsx"), ("roster", "csv")],
)
def test_an_export_of_people_counts_them_to_the_last(visit: Path, what: str, fmt: str) -> None:
    plan = load_plan(visit).model
    seen = Seen()
    export(plan, None, what, fmt, "id", progress=seen.progress())
    key, done, total, shown = seen.reports[-1]
    assert key == f"progress.{what}"
    assert done == total > 0
    # The PDF counts every row twice (made, drawn); the sentence counts the people.
    people = {n for _, _, _, n in seen.reports}
    assert shown == max(people)
    assert len(seen.reports) > 2


def test_an_export_stopped_midway_raises_and_returns_nothing(visit: Path) -> None:
    plan = load_plan(visit).model

    def stop_halfway(progress: Progress) -> None:
        if progress.done * 2 >= progress.total > 0:
            progress.cancel.set()

    with pytest.raises(Cancelled):
        export(plan, None, "attendance", "pdf", "id", progress=Progress(stop_halfway, interval=0))


def test_reading_and_checking_a_workspace_count_its_files(workspace: Path) -> None:
    for n in range(3):
        shutil.copyfile(workspace / VISIT, workspace / f"copy-{n}.toml")
    files = len(list(workspace.glob("*.toml"))) - (workspace / "gathertui.toml").exists()
    seen = Seen()
    progress = seen.progress()
    state = WorkspaceState.read(workspace, progress)
    assert seen.reports[-1] == ("progress.reading", files, files, files)
    assert state.all_problems(progress) == WorkspaceState.read(workspace).all_problems()
    assert seen.reports[-1] == ("progress.checking", files, files, files)


def test_a_workspace_read_stops_when_cancelled(workspace: Path) -> None:
    progress = Progress()
    progress.cancel.set()
    with pytest.raises(Cancelled):
        WorkspaceState.read(workspace, progress)

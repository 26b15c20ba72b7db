"""Issue 7 done: `gathertui check` on a workspace of two plans on one day that share a hall
and a person warns of each conflict at its file and line, and exits 0 (warnings only)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from conftest import PLANS, ROOT
from helpers import run_gathertui

FIXTURES = ROOT / "tests" / "fixtures" / "conflicts"
MEETING = "2024-11-12-rapat-koordinasi.toml"
VISIT = "2024-11-12-kunjungan-pemkot-solo.toml"
LINE = re.compile(
    r"^(?P<file>.+):(?P<line>\d+):(?P<column>\d+): warning: .+ \[(?P<code>[a-z-]+)\]$"
)


def gathertui(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return run_gathertui(*args)


def two_plans(tmp_path: Path) -> Path:
    folder = tmp_path / "plans"
    shutil.copytree(FIXTURES, folder)
    return folder


def line_of(path: Path, wanted: str, after: str) -> int:
    lines = path.read_text(encoding="utf-8").split("\n")
    return lines.index(wanted, lines.index(after)) + 1


def places(stdout: str) -> list[tuple[str, int, int, str]]:
    found = []
    for text in stdout.splitlines():
        match = LINE.match(text)
        assert match, text
        found.append(
            (Path(match["file"]).name, int(match["line"]), int(match["column"]), match["code"])
        )
    return sorted(found)


def test_a_shared_hall_and_person_are_warned_at_each_file_and_line(tmp_path: Path) -> None:
    folder = two_plans(tmp_path)
    meeting, visit = folder / MEETING, folder / VISIT
    result = gathertui("check", "--lang", "en", folder)
    assert result.returncode == 0, result.stdout + result.stderr
    assert places(result.stdout) == sorted(
        [
            # The meeting: its hall and its head of office, taken by the visit at 09.30;
            # the closing has no one in charge; 13 people expected in a room for 10.
            (MEETING, line_of(meeting, "start = 2024-11-12", "[event]"), 1, "same-day-plan"),
            (MEETING, line_of(meeting, "capacity = 10", 'id = "lokakrida"'), 1, "over-capacity"),
            (
                MEETING,
                line_of(meeting, 'venue = "lokakrida"', 'id = "rapat"'),
                1,
                "venue-double-booked",
            ),
            (
                MEETING,
                line_of(meeting, 'pic = "sunarto"', 'id = "rapat"'),
                1,
                "person-double-booked",
            ),
            (MEETING, line_of(meeting, "[[agenda]]", 'pic = "sunarto"'), 1, "no-pic"),
            (
                MEETING,
                line_of(meeting, 'venue = "lokakrida"', 'id = "penutup"'),
                1,
                "venue-double-booked",
            ),
            # The visit: the same hall (another id, same name and building) with both
            # items of the meeting, in one warning, and the same person (another id, the
            # same name).
            (
                VISIT,
                line_of(visit, 'venue = "ruang-lokakrida"', 'id = "audiensi"'),
                1,
                "venue-double-booked",
            ),
            (
                VISIT,
                line_of(visit, 'pic = "pak-sunarto"', 'id = "audiensi"'),
                1,
                "person-double-booked",
            ),
        ]
    )
    lines = result.stdout.splitlines()
    hall = next(
        text for text in lines if text.startswith(f"{meeting}:") and "[venue-double-booked]" in text
    )
    assert "Ruang Lokakrida is booked twice at once" in hall
    assert f'in "Kunjungan Kerja Pemkot Surakarta" ({VISIT})' in hall
    person = next(
        text for text in lines if text.startswith(f"{visit}:") and "[person-double-booked]" in text
    )
    assert "Sunarto is in two places at once" in person
    assert '"Rapat koordinasi kehumasan perangkat daerah" (09.00–10.00 WIB)' in person
    shared = next(
        text for text in lines if text.startswith(f"{visit}:") and "[venue-double-booked]" in text
    )
    assert "Ruang Lokakrida is also booked by 2 other items at the time of" in shared
    room = next(text for text in lines if "[over-capacity]" in text)
    assert "Ruang Lokakrida holds 10, 13 people expected" in room
    assert 'no person in charge (pic) for "Penutup" (10.00–10.15 WIB)' in result.stdout
    assert result.stderr == "gathertui: 0 errors, 8 warnings in 2 files\n"


def test_one_plan_checked_alone_is_compared_with_its_siblings(tmp_path: Path) -> None:
    folder = two_plans(tmp_path)
    result = gathertui("check", "--lang", "id", folder / VISIT)
    assert result.returncode == 0, result.stdout + result.stderr
    codes = [found[3] for found in places(result.stdout)]
    assert codes == ["venue-double-booked", "person-double-booked"]
    assert "Sunarto dijadwalkan di dua tempat sekaligus" in result.stdout
    assert f'di "Rapat Koordinasi Kehumasan" ({MEETING})' in result.stdout


def test_the_visit_alone_in_its_folder_has_nothing_to_clash_with(tmp_path: Path) -> None:
    (tmp_path / VISIT).write_bytes((FIXTURES / VISIT).read_bytes())
    result = gathertui("check", tmp_path / VISIT)
    assert (result.returncode, result.stdout) == (0, "")


def test_the_example_workspace_stays_clean() -> None:
    result = gathertui("check", PLANS)
    assert (result.returncode, result.stdout) == (0, ""), result.stdout + result.stderr

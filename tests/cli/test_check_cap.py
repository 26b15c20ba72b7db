"""`gathertui check` prints at most 100 problems a file, then how many more; the summary
counts them all (issue 17: a million bad values printed a million lines)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import MINIMAL, run_gathertui


def bad_people(count: int) -> str:
    people = "".join(
        f'\n[[people]]\nid = "p{n}"\nname = "Orang {n}"\nattendance = "zzz"\n' for n in range(count)
    )
    return MINIMAL + people


@pytest.mark.parametrize(
    ("lang", "more", "summary"),
    [
        ("en", "gathertui: … and {n} more problems in {file}", "gathertui: {total} errors,"),
        ("id", "gathertui: … dan {n} masalah lain di {file}", "gathertui: {total} kesalahan,"),
    ],
)
def test_check_prints_at_most_100_problems_a_file(
    tmp_path: Path, lang: str, more: str, summary: str
) -> None:
    many, few = tmp_path / "many.toml", tmp_path / "few.toml"
    many.write_text(bad_people(250), encoding="utf-8")
    few.write_text(bad_people(101), encoding="utf-8")
    result = run_gathertui("check", "--lang", lang, many, few)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert sum(line.startswith(f"{many}:") for line in lines) == 100
    assert sum(line.startswith(f"{few}:") for line in lines) == 100
    said = result.stderr.splitlines()
    assert said[:2] == [
        more.format(n=150, file=many),
        more.format(n=1, file=few).replace("problems", "problem"),
    ]
    assert said[2].startswith(summary.format(total=351))


def test_check_prints_100_problems_without_more(tmp_path: Path) -> None:
    plan = tmp_path / "plan.toml"
    plan.write_text(bad_people(100), encoding="utf-8")
    result = run_gathertui("check", "--lang", "en", plan)
    assert len(result.stdout.splitlines()) == 100
    assert result.stderr.splitlines() == ["gathertui: 100 errors, 0 warnings in 1 file"]

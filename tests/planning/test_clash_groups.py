"""Plans of the same days share one group of neighbours in the workspace state, looked
through and swept once for all of them: the warnings are those each plan gets when it is
checked on its own against the other plans."""

from __future__ import annotations

from pathlib import Path

from gathertui.problems import Problem
from gathertui.state import open_workspace, plan_problems
from gathertui.storage.reader import load_plan

PLAN = """schema_version = 1

[event]
title = "Buka Puasa {n}"
start = {day}
status = "{status}"

[[venues]]
id = "aula"
name = "Aula Utama"
building = "Balai Kota"

[[people]]
id = "citra"
name = "Citra"

[[agenda]]
id = "sambutan"
title = "Sambutan"
start = {start}
minutes = 60
venue = "aula"
pic = "citra"
"""

# Four plans on one day (one of them cancelled), one the day after (late in the evening,
# so within reach), one a week later.
PLANS = [
    ("2024-03-18", "09:00:00", "draft"),
    ("2024-03-18", "09:30:00", "confirmed"),
    ("2024-03-18", "09:45:00", "draft"),
    ("2024-03-18", "09:15:00", "cancelled"),
    ("2024-03-19", "09:00:00", "draft"),
    ("2024-03-25", "09:00:00", "draft"),
]


def workspace(folder: Path) -> list[Path]:
    paths = []
    for n, (day, start, status) in enumerate(PLANS):
        path = folder / f"rencana-{n}.toml"
        text = PLAN.format(n=n, day=day, start=start, status=status)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def rendered(problems: list[Problem]) -> list[str]:
    return [p.render("en") for p in problems]


def test_each_plan_warns_as_it_does_checked_against_the_others_alone(tmp_path: Path) -> None:
    paths = workspace(tmp_path)
    state = open_workspace(tmp_path)
    for path in paths:
        others = [load_plan(other) for other in paths if other != path]
        alone = plan_problems(load_plan(path), state.preferences, others)
        # Less what the workspace says about the plan (another plan on its day).
        shared = [p for p in state.located(path) if p.code != "same-day-plan"]
        assert rendered(shared) == rendered(alone)
    clashes = [p for p in state.all_problems() if p.code == "venue-double-booked"]
    # The three plans of the day clash in the hall, once each; the cancelled plan books
    # nothing, the next day's and the next week's meet nobody there.
    assert sorted(p.file.name for p in clashes if p.file) == [
        "rencana-0.toml",
        "rencana-1.toml",
        "rencana-2.toml",
    ]
    assert "by 2 other items" in clashes[0].message.render("en")


def test_plans_of_the_same_days_are_given_one_group(tmp_path: Path) -> None:
    paths = workspace(tmp_path)
    state = open_workspace(tmp_path)
    first, second = (state._within_reach(path) for path in paths[:2])
    assert first is second
    assert [path for path, _ in first] == paths[:5]
    assert state._within_reach(paths[5]) == ((paths[5], state.plan(paths[5])),)


def test_an_edit_gives_the_plans_of_its_days_a_new_group(tmp_path: Path) -> None:
    paths = workspace(tmp_path)
    state = open_workspace(tmp_path)
    before = state._within_reach(paths[0])
    assert len([p for p in state.problems(paths[1]) if p.code == "venue-double-booked"]) == 1
    # The third plan moves to another building on disk: the first two still clash, as two.
    paths[2].write_text(paths[2].read_text(encoding="utf-8").replace("Balai Kota", "Gedung B"))
    state.refresh()
    after = state._within_reach(paths[0])
    assert after is not before
    [clash] = [p for p in state.problems(paths[1]) if p.code == "venue-double-booked"]
    assert "by 2 other items" not in clash.message.render("en")
    assert not [p for p in state.problems(paths[2]) if p.code == "venue-double-booked"]


def test_plans_of_the_days_around_clash_only_when_their_items_meet(tmp_path: Path) -> None:
    # An evening past midnight meets the next day's first hour; the next day's morning
    # meets nobody, though all three are within a day of each other.
    days = [("2024-03-18", "23:30:00"), ("2024-03-19", "00:15:00"), ("2024-03-19", "09:00:00")]
    paths = []
    for n, (day, start) in enumerate(days):
        path = tmp_path / f"malam-{n}.toml"
        path.write_text(PLAN.format(n=n, day=day, start=start, status="draft"), encoding="utf-8")
        paths.append(path)
    state = open_workspace(tmp_path)
    clashed = []
    for path in paths:
        others = [load_plan(other) for other in paths if other != path]
        alone = plan_problems(load_plan(path), state.preferences, others)
        shared = [p for p in state.located(path) if p.code != "same-day-plan"]
        assert rendered(shared) == rendered(alone)
        clashed += [path.name for p in shared if p.code == "venue-double-booked"]
    assert clashed == ["malam-0.toml", "malam-1.toml"]
